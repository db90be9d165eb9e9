import { welcomeCard } from "./welcome-card";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { card, type Reply } from "../../shared/replies";
import type { EventRoute, Turn } from "./services";

/** The bot was added to a chat, meeting or team: remember the conversation, create the meeting record, welcome once. */
async function handleBotAdded(turn: Turn): Promise<Reply[]> {
  const { conversation, services } = turn;
  const now = services.now();
  await services.conversations.remember(conversation, now);
  if (conversation.meetingId) await ensureMeeting(turn);
  const first = await services.conversations.claimWelcome(conversation.conversationId, now);
  return first ? [card(welcomeCard(conversation.language))] : [];
}

async function handleBotRemoved(turn: Turn): Promise<void> {
  await turn.services.conversations.releaseWelcome(turn.conversation.conversationId);
}

/** The bot added to or removed from a conversation. */
export const installationEvents: EventRoute[] = [
  { event: "botAdded", handle: (turn) => handleBotAdded(turn) },
  { event: "botRemoved", handle: (turn) => handleBotRemoved(turn) },
];
