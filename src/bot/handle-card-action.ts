import type { ConversationInfo } from "../activities/conversation-info";
import { helpCard } from "../cards/help-card";
import { textsFor } from "../i18n/texts";
import type { BotServices } from "./bot-services";
import type { CardActionResult } from "./replies";

export type CardAction = { verb: string; data: Record<string, unknown> };

/** A card click, from either path (Action.Execute invoke or legacy Action.Submit message). */
export async function handleCardAction(
  action: CardAction,
  conversation: ConversationInfo,
  _services: BotServices,
): Promise<CardActionResult> {
  switch (action.verb) {
    case "help.show":
      return { kind: "card", card: helpCard(conversation.language) };
    default:
      return { kind: "error", status: 400, code: "UnknownAction", message: textsFor(conversation.language).unknownAction };
  }
}
