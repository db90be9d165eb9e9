import { roundTableCard } from "../../cards/round-table-card";
import type { AdaptiveCard } from "../../cards/render-card";
import type { Group } from "../../groups/group";
import type { Meeting } from "../../meetings/meeting";
import type { RoundTableState } from "../../roundtable/round-table";
import { card } from "../replies";
import type { Turn } from "../turn";

/** Re-reads the entries and updates the one shared round-table card (coalesced, like check-ins). */
export function refreshRoundTable(turn: Turn, meeting: Meeting, group: Group): Promise<AdaptiveCard> {
  const roundTable = meeting.roundTable;
  if (!roundTable) throw new Error("No round table to show");
  return turn.services.sharedCards.refresh<AdaptiveCard>(
    `roundtable:${meeting.meetingId}`,
    async () => render(turn, meeting.meetingId, roundTable, group),
    async (view) => {
      if (roundTable.cardActivityId) await turn.chat.update(roundTable.cardActivityId, view);
    },
  );
}

/** Posts the round-table card as a new message and remembers it as the shared one. */
export async function postRoundTableCard(turn: Turn, meeting: Meeting, roundTable: RoundTableState, group: Group): Promise<void> {
  const activityId = await turn.chat.send(card(await render(turn, meeting.meetingId, roundTable, group)));
  if (!activityId) return;
  await turn.services.meetings.update(
    meeting.meetingId,
    undefined,
    (latest) => (latest.roundTable ? { write: { ...latest, roundTable: { ...latest.roundTable, cardActivityId: activityId } }, result: undefined } : { result: undefined }),
    { now: turn.services.now() },
  );
}

async function render(turn: Turn, meetingId: string, roundTable: RoundTableState, group: Group): Promise<AdaptiveCard> {
  const entries = await turn.services.roundTable.list(meetingId);
  return roundTableCard(meetingId, roundTable, group.municipalities, entries, turn.conversation.language);
}
