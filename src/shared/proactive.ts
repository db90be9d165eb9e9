import type { ConversationInfo } from "./conversation";
import type { ChatPort, TeamsApi } from "./ports";
import type { ConversationRecord } from "./conversation-store";

/** A conversation the bot talks to without being written to: what a turn there would have. */
export interface ConversationPorts {
  conversation: ConversationInfo;
  chat: ChatPort;
  teams: TeamsApi;
}

/**
 * Bot Framework's proactive path: messages to a conversation the bot is in, sent with the bot's
 * credentials to the address stored when the conversation last wrote (container `conversations`).
 */
export interface ProactiveMessaging {
  /**
   * Runs `work` with ports to the conversation; undefined if the bot has no address for it. `known`:
   * its stored record as the caller just read it (no second read).
   */
  inConversation<T>(
    conversationId: string,
    work: (ports: ConversationPorts) => Promise<T>,
    known?: ConversationRecord,
  ): Promise<T | undefined>;
}
