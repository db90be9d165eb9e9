import type { Language } from "./language";

export type ConversationKind = "personal" | "groupChat" | "channel";

/** Where an activity came from, in the terms the bot works with. */
export interface ConversationInfo {
  conversationId: string;
  kind: ConversationKind;
  tenantId?: string;
  /** `channelData.meeting.id`, the id to pass to the meetings API (not the chat id). */
  meetingId?: string;
  serviceUrl: string;
  botId: string;
  language: Language;
}
