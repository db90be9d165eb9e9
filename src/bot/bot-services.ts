import type { Language } from "../i18n/language";
import type { Logger } from "../logging/logger";
import type { ConversationStore } from "../storage/conversation-store";
import type { GroupStore } from "../storage/group-store";
import type { MeetingStore } from "../storage/meeting-store";
import type { AttendeeStore } from "../storage/attendee-store";
import type { RoundTableStore } from "../storage/round-table-store";
import type { ReferatStore } from "../storage/referat-store";
import type { DownloadLinkStore } from "../storage/download-link-store";
import type { SharedCardRefresher } from "./shared-card-refresher";

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
