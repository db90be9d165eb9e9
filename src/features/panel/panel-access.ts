import type { Group } from "../working-group";
import type { ConversationRecord } from "../../shared/conversation-store";
import type { HttpCaller } from "../../shared/http-routes";
import { roleIn, type Meeting, type MeetingRole } from "../../shared/meeting/meeting";
import type { ConversationPorts } from "../../shared/proactive";
import type { Versioned } from "../../storage/etag-update";
import type { ChatMembership } from "./chat-membership";
import type { PanelReads } from "./panel-reads";
import type { PanelServices } from "./services";
import type { Turn as AnyTurn } from "../../shared/turn";
import { panelTexts } from "./texts";

export type SignedInUser = NonNullable<HttpCaller["user"]>;

/** What a panel request may see and do: the chat's meeting (if any) and group, and who the user is there. */
export interface PanelAccess {
  record: ConversationRecord;
  meeting?: Versioned<Meeting>;
  group?: Group;
  role: MeetingRole;
  user: SignedInUser & { name: string; teamsUserId?: string };
}

export type PanelRefusal = { status: 403 | 404; message: string };

/**
 * The chat the panel is open in (Teams' context names it): the bot must be in it, and the user too —
 * the meeting's chair or secretary, a member of its group, or someone in the chat's roster. A token for
 * another tenant than the chat's sees nothing. A chat id the user has no part in answers as if unknown.
 */
export async function panelAccess(
  services: PanelServices,
  { membership, reads }: { membership: ChatMembership; reads: PanelReads },
  chatId: string,
  user: SignedInUser,
  options: { forAction?: boolean } = {},
): Promise<PanelAccess | PanelRefusal> {
  const record = await reads.conversation(services, chatId);
  const texts = panelTexts(services.fixedLanguage ?? record?.language ?? "nb");
  if (!record || (record.tenantId && user.tenantId && record.tenantId.toLowerCase() !== user.tenantId.toLowerCase()))
    return { status: 404, message: texts.notInChat };
  const meetingId = record.meetingId ?? record.currentMeetingId;
  const meeting = meetingId ? await reads.meeting(services, meetingId, options.forAction === true) : undefined;
  const role = meeting ? roleIn(meeting.doc, user.aadObjectId) : "participant";
  const groupId = meeting?.doc.groupId ?? record.groupId;
  // The chair and secretary act on what the meeting says; the group (a copy a few seconds old) is for the others.
  const group = groupId && (role === "participant" || !options.forAction) ? (await services.groups.readRecent(groupId))?.doc : undefined;
  const groupMember = group?.members.find((member) => member.aadObjectId === user.aadObjectId);
  const leader = meeting && role !== "participant" ? meeting.doc.roles[role] : undefined;
  const known = leader ?? groupMember;
  const inChat = known ? undefined : await membership.of(services, chatId, user.aadObjectId);
  if (!known && !inChat) return { status: 403, message: texts.notAMember };
  const name = known?.name ?? inChat?.name ?? user.name ?? "";
  const teamsUserId = known?.teamsUserId ?? inChat?.teamsUserId;
  return {
    record,
    ...(meeting ? { meeting } : {}),
    ...(group ? { group } : {}),
    role,
    user: { ...user, name, ...(teamsUserId ? { teamsUserId } : {}) },
  };
}

/** Reading needs no call to Teams: a turn whose ports refuse to be used. */
const noPorts = (record: ConversationRecord): ConversationPorts => {
  const refuse = (): never => {
    throw new Error("the panel's read path sends nothing to Teams");
  };
  return {
    conversation: record,
    chat: { send: refuse, update: refuse },
    teams: { meetingInfo: refuse, participantRole: refuse, member: refuse, roster: refuse },
  };
};

/**
 * The turn a panel request stands for, as if the user had clicked in the meeting chat: the same
 * handlers, rules and roles. `activityId` makes a retried request change nothing, as a redelivered click.
 */
export function panelTurn<S extends PanelServices>(
  services: S,
  access: PanelAccess,
  ports?: ConversationPorts,
  activityId?: string,
): AnyTurn<S> {
  const { conversation, chat, teams } = ports ?? noPorts(access.record);
  return {
    conversation: { ...conversation, language: services.fixedLanguage ?? conversation.language },
    from: {
      teamsUserId: access.user.teamsUserId ?? "",
      name: access.user.name,
      aadObjectId: access.user.aadObjectId,
    },
    ...(activityId ? { activityId } : {}),
    ...(access.meeting ? { knownMeeting: access.meeting } : {}),
    timestamp: services.now().toISOString(),
    chat,
    teams,
    services,
  };
}
