import type { ConversationInfo } from "../activities/conversation-info";
import { welcomeCard } from "../cards/welcome-card";
import type { BotServices } from "./bot-services";
import { card, type Reply } from "./replies";

/** The bot was added to a chat, meeting or team: remember the conversation and welcome once. */
export async function handleBotAdded(conversation: ConversationInfo, services: BotServices): Promise<Reply[]> {
  const now = services.now();
  await services.conversations.remember(conversation, now);
  const first = await services.conversations.claimWelcome(conversation.conversationId, now);
  return first ? [card(welcomeCard(conversation.language))] : [];
}

export async function handleBotRemoved(conversation: ConversationInfo, services: BotServices): Promise<void> {
  await services.conversations.releaseWelcome(conversation.conversationId);
}
