import type { Language } from "./language";
import type { Logger } from "../logging/logger";
import type { ConversationStore } from "./conversation-store";
import type { MeetingStore } from "./meeting/meeting-store";
import type { MeetingIndexStore } from "./meeting/meeting-index";
import type { SharedCardRefresher } from "./cards/shared-card-refresher";
import type { ProactiveMessaging } from "./proactive";

/**
 * What every handler may use: the stores and ports that belong to no feature. A feature states
 * what it uses besides these in its `services.ts` (its own stores, and the services of each
 * feature it calls), so its dependencies are imports that the architecture test sees; the
 * router's `AppServices` is all of them together, and `start-bot.ts` builds that.
 */
export interface CoreServices {
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
