import type { ConversationInfo } from "./conversation";
import type { AdaptiveCard } from "./cards/render-card";
import type { BotServices } from "./bot-services";
import type { Reply } from "./replies";

/** What Teams' REST API tells about a meeting (`GET /v1/meetings/{id}`). */
export interface MeetingInfo {
  title?: string;
  start?: string;
  end?: string;
  organizerAadObjectId?: string;
}

/** Calls to Teams the handlers need; the edge implements them, 403/404 come back as undefined. */
export interface TeamsApi {
  meetingInfo(teamsMeetingId: string): Promise<MeetingInfo | undefined>;
  /** `Organizer`, `Presenter`, `Attendee`… from the meeting participant API. */
  participantRole(teamsMeetingId: string, aadObjectId: string, tenantId: string): Promise<string | undefined>;
  /** One person of this chat's roster (`GET /v3/conversations/{id}/members/{userId}`). */
  member(teamsUserId: string): Promise<{ name: string; aadObjectId?: string } | undefined>;
  /** People in this chat (first page of the roster); empty if Teams does not answer. */
  roster(): Promise<Array<{ teamsUserId: string; aadObjectId?: string; name: string }>>;
}

/** The conversation the activity came from. */
export interface ChatPort {
  /** Posts a message; resolves with the id Teams gave it. */
  send(reply: Reply): Promise<string | undefined>;
  /** Replaces an earlier message of the bot (the shared cards), for everyone. */
  update(activityId: string, card: AdaptiveCard): Promise<void>;
}

export interface Sender {
  teamsUserId: string;
  name: string;
  aadObjectId?: string;
}

/** One incoming activity as the handlers see it. */
export interface Turn {
  conversation: ConversationInfo;
  from: Sender;
  /** Teams activity id; a retried delivery carries the same one. */
  activityId?: string;
  /** When Teams says the activity happened (ISO); events may arrive late and out of order. */
  timestamp?: string;
  /** Resolves once the answer to this activity is sent: work for the others in the chat waits for it. */
  answered?: Promise<void>;
  chat: ChatPort;
  teams: TeamsApi;
  services: BotServices;
}
