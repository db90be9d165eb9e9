import type { Logger } from "../logging/logger";
import type { ConversationStore } from "../storage/conversation-store";

/** What the handlers need from the outside world; tests build it with the real storage. */
export interface BotServices {
  conversations: ConversationStore;
  log: Logger;
  now(): Date;
}
