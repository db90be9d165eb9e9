import type { AdaptiveCard } from "./render-card";
import type { Meeting } from "../meeting/meeting";
import { card } from "../replies";
import type { Turn } from "../turn";

/**
 * Posts a card that everyone will see updated in place (meeting, check-in, round table) and
 * records its message id on the meeting with `remember`.
 */
export async function postSharedCard(
  turn: Turn,
  meetingId: string,
  value: AdaptiveCard,
  remember: (latest: Meeting, activityId: string) => Meeting | undefined,
): Promise<void> {
  const activityId = await turn.chat.send(card(value));
  if (!activityId) return;
  await turn.services.meetings.update(
    meetingId,
    undefined,
    (latest) => {
      const next = remember(latest, activityId);
      return next ? { write: next, result: undefined } : { result: undefined };
    },
    { now: turn.services.now() },
  );
}

/**
 * Updates a shared card in the meeting's chat: through this turn when it came from there, else
 * proactively (a representative answering from their 1:1 chat with the bot).
 */
export async function updateInMeetingChat(turn: Turn, conversationId: string, activityId: string, value: AdaptiveCard): Promise<void> {
  if (conversationId === turn.conversation.conversationId) {
    await turn.chat.update(activityId, value);
    return;
  }
  try {
    await turn.services.proactive.inConversation(conversationId, (ports) => ports.chat.update(activityId, value));
  } catch (error) {
    // As for any card update: the change is saved; the next change updates the card again.
    turn.services.log.warn({ err: error }, "could not update a card in the meeting chat");
  }
}
