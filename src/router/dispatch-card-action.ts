import { unknownAction } from "../shared/refusals";
import type { CardActionResult } from "../shared/replies";
import type { CardAction } from "../shared/routes";
import { textsFor } from "../shared/texts";
import type { Turn } from "../shared/turn";
import type { AppServices } from "./app-services";
import { cardActionRoutes } from "./route-table";

const byVerb = new Map(cardActionRoutes.map((route) => [route.verb, route]));

/** A card click, from either path (Action.Execute invoke or legacy Action.Submit): the route of its verb. */
export async function dispatchCardAction(action: CardAction, turn: Turn<AppServices>, replyToId?: string): Promise<CardActionResult> {
  const route = byVerb.get(action.verb);
  if (!route) return unknownAction(textsFor(turn.conversation.language).unknownAction);
  return route.run(turn, action.data, replyToId);
}

/** Whether the verb's answer card may stand as a new message for everyone in the chat. */
export const answersForEveryone = (verb: string): boolean => byVerb.get(verb)?.answerForEveryone === true;
