import { isDeepStrictEqual } from "node:util";
import { activityDerivedId } from "../../shared/activity-derived-id";
import { assignRole, holderOf, roleHoldersOf, type Group, type GroupMember } from "./group";
import type { Meeting, PersonRef } from "../../shared/meeting/meeting";
import { currentMeeting, ensureMeeting } from "../../shared/meeting/find-meeting";
import type { Turn } from "./services";

/** The group of this chat: linked on the meeting (meeting chats) or on the conversation. */
export async function groupIdOfChat(turn: Turn): Promise<string | undefined> {
  const meeting = await currentMeeting(turn);
  if (meeting?.doc.groupId) return meeting.doc.groupId;
  return (await turn.services.conversations.get(turn.conversation.conversationId))?.groupId;
}

/**
 * May this person create a group here, or claim one nobody holds a role in? Only while the
 * chat has no group: in a meeting chat the Teams organizer; if Teams does not say who that
 * is, or outside meetings, the first person who runs `oppsett`.
 */
export async function mayBootstrap(turn: Turn): Promise<boolean> {
  const aad = turn.from.aadObjectId;
  if (!aad) return false;
  if (await groupIdOfChat(turn)) return false;
  const teamsMeetingId = turn.conversation.meetingId;
  if (!teamsMeetingId) return true;
  const meeting = await ensureMeeting(turn);
  if (meeting?.doc.organizerAadObjectId) return meeting.doc.organizerAadObjectId === aad;
  const role = turn.conversation.tenantId ? await turn.teams.participantRole(teamsMeetingId, aad, turn.conversation.tenantId) : undefined;
  return role === undefined || role.toLowerCase() === "organizer";
}

/** A chat linked to a group moves to another only by a chair or secretary of the group it has. */
export async function mayRelink(turn: Turn, groupId: string): Promise<boolean> {
  const linkedId = await groupIdOfChat(turn);
  if (!linkedId || linkedId === groupId) return true;
  const linked = await turn.services.groups.read(linkedId);
  return !linked || linked.doc.roleHolders.includes(turn.from.aadObjectId ?? "");
}

export function newGroup(turn: Turn, name: string): Group {
  const members = assignRole([], sender(turn), "secretary");
  return {
    id: "",
    groupId: "",
    docType: "group",
    name,
    leaderTitle: "",
    municipalities: [],
    members,
    roleHolders: roleHoldersOf(members),
    updatedAt: turn.services.now().toISOString(),
  };
}

/** From the Teams activity id when there is one, so a retried delivery creates no second group. */
export const groupIdFor = activityDerivedId;

export function withGroupId(group: Group, groupId: string): Group {
  return { ...group, id: groupId, groupId };
}

export function sender(turn: Turn): { aadObjectId: string; name: string; teamsUserId: string } {
  return { aadObjectId: turn.from.aadObjectId ?? "", name: turn.from.name, teamsUserId: turn.from.teamsUserId };
}

const personRef = (member: GroupMember | undefined): PersonRef | undefined =>
  member?.aadObjectId
    ? { aadObjectId: member.aadObjectId, name: member.name, ...(member.teamsUserId ? { teamsUserId: member.teamsUserId } : {}) }
    : undefined;

export function rolesOf(group: Group): Meeting["roles"] {
  const chair = personRef(holderOf(group, "chair"));
  const secretary = personRef(holderOf(group, "secretary"));
  return { ...(chair ? { chair } : {}), ...(secretary ? { secretary } : {}) };
}

/**
 * Links the chat (and its current meeting) to the group and copies the roles onto the meeting.
 * False when all of it was so already (nothing written).
 */
export async function linkChat(turn: Turn, group: Group): Promise<boolean> {
  const now = turn.services.now();
  const record = await turn.services.conversations.get(turn.conversation.conversationId);
  const newLink = record?.groupId !== group.groupId;
  if (newLink) await turn.services.conversations.setGroup(turn.conversation, group.groupId, now);
  const meeting = await ensureMeeting(turn);
  if (!meeting) return newLink;
  const roles = rolesOf(group);
  const outcome = await turn.services.meetings.update(
    meeting.doc.meetingId,
    meeting,
    (latest) =>
      latest.groupId === group.groupId && isDeepStrictEqual(latest.roles, roles)
        ? { result: undefined }
        : { write: { ...latest, groupId: group.groupId, roles }, result: undefined },
    { now },
  );
  return newLink || Boolean(outcome?.written);
}
