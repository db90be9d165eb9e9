import { createHash } from "node:crypto";

/**
 * One person's attendance at one meeting: its own document in container `meetings`
 * (partition `/meetingId`, id from the person's key: attendeeDocId), so simultaneous check-ins never contend.
 * Every source only adds evidence; whether the person counts as present is derived.
 */
export interface Attendee {
  id: string;
  meetingId: string;
  docType: "attendee";
  /** aadObjectId, or `guest:<name>` for people known only by name (anonymous users, hand-added guests). */
  personKey: string;
  aadObjectId?: string;
  teamsUserId?: string;
  name: string;
  municipality?: string;
  guest: boolean;
  /** Evidence of presence, earliest first-seen times (ISO). */
  checkedInAt?: string;
  joinedAt?: string;
  leftAt?: string;
  addedAt?: string;
  addedBy?: string;
  /** Forfall, with the optional reason. */
  absent?: { at: string; reason?: string; by: string };
  /** A wrong entry undone by the chair or secretary. */
  removedAt?: string;
  /** The Teams activity of the last change by hand: its retried delivery changes nothing. */
  lastActivityId?: string;
  updatedAt: string;
}

export type AttendanceStatus = "present" | "absent" | "removed" | "unknown";

const latest = (...times: Array<string | undefined>): string | undefined =>
  times
    .filter((t): t is string => Boolean(t))
    .sort()
    .at(-1);

/**
 * Present = checked in, joined (or left — a leave is evidence too, events come out of order),
 * or added by hand; unless marked absent or removed afterwards. The latest word wins.
 */
export function statusOf(attendee: Attendee): AttendanceStatus {
  const presence = latest(attendee.checkedInAt, attendee.joinedAt, attendee.leftAt, attendee.addedAt);
  const absent = attendee.absent?.at;
  const removed = attendee.removedAt;
  const last = latest(presence, absent, removed);
  if (!last) return "unknown";
  if (last === removed && (!presence || removed >= presence)) return "removed";
  if (last === absent && (!presence || absent >= presence)) return "absent";
  return "present";
}

export const guestKey = (name: string): string => `guest:${name.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim()}`;

/** Keys as Teams gives them (Entra object ids) stand in the id as they are. */
const PLAIN_KEY = /^[\w.@:-]{1,200}$/;

/**
 * The attendee's document id. Cosmos refuses ids with `/`, `\\`, `?` or `#`, and a guest's name may hold
 * them ("Kari (Asker/Bærum)"): any other key stands as its digest.
 */
export const attendeeDocId = (personKey: string): string =>
  PLAIN_KEY.test(personKey) ? `attendee:${personKey}` : `attendee-key:${createHash("sha256").update(personKey).digest("hex").slice(0, 40)}`;

export const earliest = (a: string | undefined, b: string): string => (a && a <= b ? a : b);
export const later = (a: string | undefined, b: string): string => (a && a >= b ? a : b);
