import type { Meeting } from "../../shared/meeting/meeting";
import type { Turn } from "./services";
import { postRoundTableCard, refreshRoundTable } from "./roundtable-view";

/** Opens (or reopens) the round table with `topic` and posts its card. Returns the meeting after. */
export async function openRoundTable(turn: Turn, meeting: Meeting, topic: string): Promise<Meeting | undefined> {
  const group = meeting.groupId ? await turn.services.groups.read(meeting.groupId) : undefined;
  if (!group || group.doc.municipalities.length === 0) return undefined;
  const now = turn.services.now().toISOString();
  const outcome = await turn.services.meetings.update(
    meeting.meetingId,
    undefined,
    (latest) => {
      const current = latest.roundTable;
      if (current && !current.closedAt && current.topic === topic) return { result: undefined };
      const { closedAt: _closed, ...kept } = current ?? { openedAt: now };
      return { write: { ...latest, roundTable: { ...kept, topic, openedAt: current?.openedAt ?? now } }, result: undefined };
    },
    { now: turn.services.now() },
  );
  const updated = outcome?.meeting;
  if (!updated?.roundTable) return undefined;
  if (updated.roundTable.cardActivityId) await refreshRoundTable(turn, updated, group.doc);
  else await postRoundTableCard(turn, updated, updated.roundTable, group.doc);
  return updated;
}

/**
 * The walk-through reached the round-table item and no round table was opened yet: open it.
 * Opened by an earlier delivery that died before posting the card: post the card now.
 */
export async function openRoundTableIfReached(turn: Turn, meeting: Meeting): Promise<void> {
  const item = meeting.agenda[meeting.currentIndex];
  const opened = meeting.roundTable;
  if (item?.roundTableTopic === undefined || (opened && (opened.cardActivityId || opened.closedAt))) return;
  await openRoundTable(turn, meeting, opened?.topic ?? item.roundTableTopic);
}

/** Closing: after this only the secretary may change entries. The card says so. */
export async function closeRoundTable(turn: Turn, meeting: Meeting, at: Date): Promise<Meeting | undefined> {
  const outcome = await turn.services.meetings.update(
    meeting.meetingId,
    undefined,
    (latest) =>
      latest.roundTable && !latest.roundTable.closedAt
        ? { write: { ...latest, roundTable: { ...latest.roundTable, closedAt: at.toISOString() } }, result: undefined }
        : { result: undefined },
    { now: turn.services.now() },
  );
  const group = meeting.groupId ? await turn.services.groups.read(meeting.groupId) : undefined;
  if (outcome?.written && group && outcome.meeting.roundTable) await refreshRoundTable(turn, outcome.meeting, group.doc);
  return outcome?.meeting;
}
