import type { Meeting } from "./meeting";
import type { Versioned } from "../../storage/etag-update";
import type { Turn } from "../turn";

/**
 * Teams retries an activity it did not see answered, with the same id. For actions whose effect
 * is not one meeting write (posting a card, a reminder, a referat): `handledBefore` says the
 * retry should do and say nothing; `recordHandled` is called once the effects are done, so a
 * delivery that died half-way is completed by its retry (at least once, never twice in a row).
 */
export const handledBefore = (turn: Turn, meeting: Meeting): boolean =>
  Boolean(turn.activityId && meeting.handledActivityIds.includes(turn.activityId));

/** `meeting` as read at the start of the turn: its ETag saves a read unless someone wrote since. */
export async function recordHandled(turn: Turn, meeting: Versioned<Meeting>): Promise<void> {
  if (turn.activityId) await turn.services.meetings.recordActivity(meeting, turn.activityId, turn.services.now());
}
