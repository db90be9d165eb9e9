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
