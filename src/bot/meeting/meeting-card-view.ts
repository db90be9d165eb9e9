import { meetingCard } from "../../cards/meeting-card";
import type { AdaptiveCard } from "../../cards/render-card";
import type { Turn } from "../turn";

interface SharedMeetingCard {
  activityId?: string;
  card?: AdaptiveCard;
}

/**
 * Re-reads the meeting and updates the one shared meeting card, coalesced and in order like
 * the check-in card: the chair's Neste and the secretary's notes racing each other never
 * leave an older state on the card.
 */
export async function refreshMeetingCard(turn: Turn, meetingId: string): Promise<void> {
  await turn.services.sharedCards.refresh<SharedMeetingCard>(
    `meeting:${meetingId}`,
    async () => {
      const meeting = (await turn.services.meetings.read(meetingId))?.doc;
      if (!meeting?.meetingCardActivityId) return {};
      return { activityId: meeting.meetingCardActivityId, card: meetingCard(meeting, "participant", turn.conversation.language) };
    },
    async ({ activityId, card }) => {
      if (activityId && card) await turn.chat.update(activityId, card);
    },
  );
}
