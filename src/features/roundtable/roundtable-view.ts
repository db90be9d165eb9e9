import { roundTableCard, type RoundTableSchedule } from "./roundtable-card";
import { nextReminder } from "./reminders/plan-reminders";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Group } from "../working-group";
import type { Meeting, RoundTableState } from "../../shared/meeting/meeting";
import { postSharedCard, updateInMeetingChat } from "../../shared/cards/post-shared-card";
import type { Turn } from "./services";

/**
 * Re-reads the round table's entries and updates the one shared round-table card (coalesced,
 * like check-ins). The first rendering shows the round table (open or closed) as the caller's
 * meeting has it: the caller read it this turn, or wrote it, and nobody else waits yet (see
 * SharedCardRefresher). Later renderings, and the settling after the answer, read the meeting.
 */
export async function refreshRoundTable(turn: Turn, meeting: Meeting, group: Group): Promise<AdaptiveCard> {
  if (!meeting.roundTable) throw new Error("No round table to show");
  let callersMeeting: Meeting | undefined = meeting;
  const shown = await turn.services.sharedCards.refresh<{ activityId?: string; card: AdaptiveCard }>(
    `roundtable:${meeting.meetingId}`,
    async () => {
      const known = callersMeeting;
      callersMeeting = undefined;
      // Both reads at once: one round trip less on every click.
      const [stored, entries] = await Promise.all([
        known ?? turn.services.meetings.read(meeting.meetingId).then((read) => read?.doc),
        turn.services.roundTable.list(meeting.meetingId),
      ]);
      const roundTable = stored?.roundTable ?? meeting.roundTable;
      if (!roundTable) throw new Error("No round table to show");
      return {
        activityId: roundTable.cardActivityId,
        card: roundTableCard(
          meeting.meetingId,
          roundTable,
          group.municipalities,
          entries,
          turn.conversation.language,
          scheduleOf(turn, roundTable, group),
        ),
      };
    },
    async ({ activityId, card }) => {
      if (activityId) await updateInMeetingChat(turn, meeting.conversationId, activityId, card);
    },
    turn.answered ? { answered: turn.answered } : {},
  );
  return shown.card;
}

/** Posts the round-table card as a new message and remembers it as the shared one. */
export async function postRoundTableCard(turn: Turn, meeting: Meeting, roundTable: RoundTableState, group: Group): Promise<void> {
  await postSharedCard(turn, meeting.meetingId, await render(turn, meeting.meetingId, roundTable, group), (latest, id) =>
    latest.roundTable ? { ...latest, roundTable: { ...latest.roundTable, cardActivityId: id } } : undefined,
  );
}

async function render(turn: Turn, meetingId: string, roundTable: RoundTableState, group: Group): Promise<AdaptiveCard> {
  const entries = await turn.services.roundTable.list(meetingId);
  return roundTableCard(
    meetingId,
    roundTable,
    group.municipalities,
    entries,
    turn.conversation.language,
    scheduleOf(turn, roundTable, group),
  );
}

function scheduleOf(turn: Turn, roundTable: RoundTableState, group: Group): RoundTableSchedule {
  const next = nextReminder({ roundTable }, Boolean(group.remindersOff), turn.services.now());
  return { remindersOff: Boolean(group.remindersOff), ...(next ? { nextReminder: next } : {}) };
}
