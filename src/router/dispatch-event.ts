import type { Reply } from "../shared/replies";
import type { TeamsEvent } from "../shared/routes";
import type { Turn } from "../shared/turn";
import type { AppServices } from "./app-services";
import { eventRoutes } from "./route-table";

const MEETING_EVENTS: ReadonlySet<TeamsEvent["kind"]> = new Set(["meetingStart", "meetingEnd", "participantJoin", "participantLeave"]);

/** A Teams event to every feature that listens to it; their replies in order. Meeting events count only in a meeting chat. */
export async function dispatchEvent(event: TeamsEvent, turn: Turn<AppServices>): Promise<Reply[]> {
  if (MEETING_EVENTS.has(event.kind) && !turn.conversation.meetingId) return [];
  const replies: Reply[] = [];
  for (const route of eventRoutes) {
    if (route.event !== event.kind) continue;
    // The route's own kind: TypeScript cannot narrow the pair, the check above does.
    const answer = await (route.handle as (turn: Turn<AppServices>, event: TeamsEvent) => Promise<Reply[] | void>)(turn, event);
    if (answer) replies.push(...answer);
  }
  return replies;
}
