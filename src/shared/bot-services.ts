import type { Language } from "./language";
import type { Logger } from "../logging/logger";
import type { ConversationStore } from "./conversation-store";
import type { GroupStore } from "../features/working-group/store";
import type { MeetingStore } from "./meeting/meeting-store";
import type { AttendeeStore } from "../features/attendance/store";
import type { RoundTableStore } from "../features/roundtable/store";
import type { ReferatStore } from "../features/referat/store";
import type { DownloadLinkStore } from "../features/referat/download-link-store";
import type { SharedCardRefresher } from "./cards/shared-card-refresher";

/** What the handlers need from the outside world; tests build it with the real storage. */
export interface BotServices {
  conversations: ConversationStore;
  meetings: MeetingStore;
  groups: GroupStore;
  attendees: AttendeeStore;
  roundTable: RoundTableStore;
  referats: ReferatStore;
  downloadLinks: DownloadLinkStore;
  /** The bot's public address (scheme and host), where download links point. */
  publicBaseUrl(): string;
  sharedCards: SharedCardRefresher;
  log: Logger;
  now(): Date;
  /** BOT_LANGUAGE: answer everyone in this language instead of following each client's locale. */
  fixedLanguage?: Language;
}
