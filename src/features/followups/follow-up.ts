import { parseNorwegianDate } from "../../shared/time/norwegian-date";

/**
 * A follow-up (*oppfølgingspunkt*): what is to be done after a meeting, by whom, by when. It
 * belongs to the group, not the meeting: its own document in container `groups` (partition
 * `/groupId`, id `followUp:<id>`), so it outlives the meeting, the next meeting finds all of the
 * group's with one single-partition query, and changes to different follow-ups never contend.
 */
export interface FollowUp {
  id: string;
  groupId: string;
  docType: "followUp";
  text: string;
  /** A member, a municipality, "Sekretariatet", or free text. */
  responsible?: string;
  /** A calendar day, "2026-04-01". */
  deadline?: string;
  /** Where it was made. */
  origin: { meetingId: string; meetingStart: string; itemKey: string; itemNumber: number; itemTitle: string };
  status: FollowUpStatus;
  /** Every change after creation: status or deadline, when, by whom, in which meeting. */
  history: FollowUpChange[];
  createdAt: string;
  createdBy: { aadObjectId?: string; name: string };
  updatedAt: string;
}

export type FollowUpStatus = "open" | "done" | "dropped";

export interface FollowUpChange {
  at: string;
  by: { aadObjectId?: string; name: string };
  status?: FollowUpStatus;
  deadline?: string;
  /** The meeting in whose chat the change was made, if any. */
  meetingId?: string;
}

export const FOLLOW_UP_LIMITS = { text: 1000, responsible: 200, openPerGroup: 200, history: 100 } as const;

export const followUpDocId = (id: string): string => `followUp:${id}`;

/** An agenda item that carries the previous meeting's follow-ups ("Oppfølging fra forrige møte"). */
export const FOLLOW_UP_ITEM = /oppfølging fra forrige møte|follow-ups? from the previous meeting/i;

/** "2026-04-01" for a Norwegian or ISO date ("1.4.2026", "1. april 2026", "2026-04-01"), else undefined. */
export function parseDeadline(text: string): string | undefined {
  const date = parseNorwegianDate(text.trim());
  if (!date) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Noon UTC of a calendar day: the same day in Oslo, for formatting. */
export const deadlineInstant = (deadline: string): Date => new Date(`${deadline}T12:00:00Z`);

/** The open follow-ups, oldest first. */
export const openFollowUps = (all: FollowUp[]): FollowUp[] =>
  all.filter((f) => f.status === "open").sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

/**
 * The follow-ups a meeting carries from earlier ones: made in another meeting, and still open or
 * changed in this one. Oldest first.
 */
export const carriedInto = (all: FollowUp[], meetingId: string): FollowUp[] =>
  all
    .filter((f) => f.origin.meetingId !== meetingId && (f.status === "open" || f.history.some((h) => h.meetingId === meetingId)))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
