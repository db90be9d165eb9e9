import { meetingCard } from "./meeting-card";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Meeting } from "../../shared/meeting/meeting";
import type { Turn } from "../../shared/turn";

interface SharedMeetingCard {
  activityId?: string;
  card?: AdaptiveCard;
}

/**
 * Re-reads the meeting (or shows `written`, the meeting as this turn just wrote it and got it
 * back from Cosmos) and updates the one shared meeting card, coalesced and in order like
 * the check-in card: the chair's Neste and the secretary's notes racing each other never
 * leave an older state on the card.
 */
export async function refreshMeetingCard(turn: Turn, meetingId: string, written?: Meeting): Promise<void> {
  const shown = (meeting: Meeting | undefined): SharedMeetingCard =>
    meeting?.meetingCardActivityId
      ? { activityId: meeting.meetingCardActivityId, card: meetingCard(meeting, "participant", turn.conversation.language) }
      : {};
  await turn.services.sharedCards.refresh<SharedMeetingCard>(
    `meeting:${meetingId}`,
    async () => shown((await turn.services.meetings.read(meetingId))?.doc),
    async ({ activityId, card }) => {
      if (activityId && card) await turn.chat.update(activityId, card);
    },
    { ...(written ? { known: { view: shown(written) } } : {}), ...(turn.answered ? { answered: turn.answered } : {}) },
  );
}
