import type { Bullet } from "../../shared/bullet-text";
import { meetingSpan, type Meeting } from "../../shared/meeting/meeting";
import { formatOsloDate } from "../../shared/time/oslo-time";
import type { Turn } from "./services";

/** A municipality's entry at the group's last earlier meeting with a round table, as the form shows it. */
export interface PreviousEntry {
  /** "11. september 2025". */
  date: string;
  bullets: Bullet[];
}

/**
 * The municipality's entry from the group's most recent earlier meeting that had a round table
 * (the group's archive index, one query, then one point read). Nothing when there is none.
 */
export async function previousEntry(turn: Turn, meeting: Meeting, municipality: string): Promise<PreviousEntry | undefined> {
  if (!meeting.groupId) return undefined;
  const start = meetingSpan(meeting).start ?? meeting.createdAt;
  const earlier = (await turn.services.meetingIndex.list(meeting.groupId)).find(
    (entry) => entry.meetingId !== meeting.meetingId && entry.roundTable && entry.start < start,
  );
  if (!earlier) return undefined;
  const entry = await turn.services.roundTable.read(earlier.meetingId, municipality);
  if (!entry || entry.doc.bullets.length === 0) return undefined;
  return { date: formatOsloDate(new Date(earlier.start), turn.conversation.language), bullets: entry.doc.bullets };
}
