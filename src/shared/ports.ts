import type { AdaptiveCard } from "./cards/render-card";
import type { Reply } from "./replies";

/** What Teams' REST API tells about a meeting (`GET /v1/meetings/{id}`). */
export interface MeetingInfo {
  title?: string;
  start?: string;
  end?: string;
  organizerAadObjectId?: string;
  /** The link that joins the Teams meeting. */
  joinUrl?: string;
}

/** Calls to Teams the handlers need; the edge implements them, 403/404 come back as undefined. */
export interface TeamsApi {
  meetingInfo(teamsMeetingId: string): Promise<MeetingInfo | undefined>;
  /** `Organizer`, `Presenter`, `Attendee`… from the meeting participant API. */
  participantRole(teamsMeetingId: string, aadObjectId: string, tenantId: string): Promise<string | undefined>;
  /** One person of this chat's roster (`GET /v3/conversations/{id}/members/{userId}`; Teams also takes their Entra object id). */
  member(teamsUserId: string): Promise<{ name: string; aadObjectId?: string; teamsUserId?: string } | undefined>;
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
