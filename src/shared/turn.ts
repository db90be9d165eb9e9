import type { ConversationInfo } from "./conversation";
import type { CoreServices } from "./bot-services";
import type { ChatPort, TeamsApi } from "./ports";
import type { Versioned } from "../storage/etag-update";
import type { Meeting } from "./meeting/meeting";

export type { ChatPort, MeetingInfo, TeamsApi } from "./ports";

export interface Sender {
  teamsUserId: string;
  name: string;
  aadObjectId?: string;
}

/**
 * One incoming activity as the handlers see it. `S`: the services the handling feature declared
 * (its `services.ts`); shared code asks for the core services only.
 */
export interface Turn<S extends CoreServices = CoreServices> {
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
  services: S;
  /** The meeting as the caller read it for this turn (the side panel checked access with it): not read again. */
  knownMeeting?: Versioned<Meeting>;
}
