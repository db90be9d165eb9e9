import type { Language } from "./language";
import type { Logger } from "../logging/logger";
import type { ConversationStore } from "./conversation-store";
import type { MeetingStore } from "./meeting/meeting-store";
import type { MeetingIndexStore } from "./meeting/meeting-index";
import type { SharedCardRefresher } from "./cards/shared-card-refresher";
import type { ProactiveMessaging } from "./proactive";

/**
 * What the handlers need from the outside world; tests build it with the real storage.
 * Each feature adds its own store here from its `store.ts` (a `declare module` block), so this
 * file names no feature and the features stay above it.
 */
export interface BotServices {
  conversations: ConversationStore;
  meetings: MeetingStore;
  /** The groups' archives of meetings (container `groups`). */
  meetingIndex: MeetingIndexStore;
  /** The bot's public address (scheme and host), where download links point. */
  publicBaseUrl(): string;
  sharedCards: SharedCardRefresher;
  /** Messages to a conversation without a turn from it (reminders, a shared card changed from a 1:1 chat). */
  proactive: ProactiveMessaging;
  log: Logger;
  /** The clock: the system's, or a test's (TEST_CLOCK_FILE). Never call Date.now() for what users see. */
  now(): Date;
  /** BOT_LANGUAGE: answer everyone in this language instead of following each client's locale. */
  fixedLanguage?: Language;
}
