import type { ApprovedReferatRef, Group } from "../working-group";
import type { Language } from "../../shared/language";
import { meetingSpan, type Meeting } from "../../shared/meeting/meeting";
import { previousApprovedReferat } from "./approved-referats";
import { buildReferat } from "./build-referat";
import type { Referat } from "./referat";
import type { ReferatHead } from "./referat-version";
import type { Versioned } from "../../storage/etag-update";
import type { Author } from "./store";
import type { ReferatServices, Turn } from "./services";

export type Composed =
  | { kind: "noGroup" }
  | { kind: "empty" }
  | { kind: "referat"; group: Group; referat: Referat; head?: Versioned<ReferatHead>; previous?: ApprovedReferatRef };

/**
 * The referat of a meeting already read: the group (one point read), the meeting's partition
 * (one query: attendees, round-table entries, the referat head) and the group's follow-ups (one
 * query of the group's partition), in parallel.
 */
export async function composeReferat(
  services: Pick<ReferatServices, "groups" | "referats" | "followUps">,
  meeting: Meeting,
  language: Language,
): Promise<Composed> {
  if (!meeting.groupId) return { kind: "noGroup" };
  const [group, contents, followUps] = await Promise.all([
    services.groups.read(meeting.groupId),
    services.referats.contents(meeting.meetingId),
    services.followUps.list(meeting.groupId),
  ]);
  if (!group) return { kind: "noGroup" };
  if (meeting.agenda.length === 0 && contents.attendees.length === 0 && contents.entries.length === 0) return { kind: "empty" };
  const previous = previousApprovedReferat(group.doc.approvedReferats, meeting.meetingId, startOf(meeting));
  const referat = buildReferat({
    language,
    group: group.doc,
    meeting,
    attendees: contents.attendees,
    entries: contents.entries,
    followUps,
    ...(previous ? { previousApproved: { meetingStart: previous.meetingStart } } : {}),
  });
  return {
    kind: "referat",
    group: group.doc,
    referat,
    ...(contents.head ? { head: contents.head } : {}),
    ...(previous ? { previous } : {}),
  };
}

/** When the meeting is dated (as its referat: planned, else actual, else when it was recorded). */
export const startOf = (meeting: Pick<Meeting, "actual" | "planned" | "createdAt">): string =>
  meetingSpan(meeting).start ?? meeting.createdAt;

/** Who made or approved a version, as the version records it. */
export const authorOf = (turn: Turn): Author => ({
  ...(turn.from.aadObjectId ? { aadObjectId: turn.from.aadObjectId } : {}),
  name: turn.from.name,
});
