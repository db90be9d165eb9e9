import { storedBytes } from "../../shared/stored-size";
/** A faggruppe: it outlives its meetings. Stored in container `groups`, partition `/groupId`. */
export type GroupRole = "chair" | "secretary" | "member";

export interface GroupMember {
  /** Entra object id; roles are checked by this, never by name. Absent for people known only by name. */
  aadObjectId?: string;
  name: string;
  municipality?: string;
  role: GroupRole;
  /** Teams user id (29:…), learned when the person talks to the bot; needed for card refresh. */
  teamsUserId?: string;
}

export interface Group {
  id: string;
  groupId: string;
  docType: "group";
  name: string;
  leaderTitle: string;
  municipalities: string[];
  members: GroupMember[];
  /** aadObjectIds of the chair and secretary, for the "groups I hold a role in" query. */
  roleHolders: string[];
  /** The group's approved referats, newest meeting last: the next meeting offers the latest. */
  approvedReferats?: ApprovedReferatRef[];
  /** `rundebord påminnelser av`: the bot sends no round-table reminders by itself. */
  remindersOff?: boolean;
  updatedAt: string;
}

export interface ApprovedReferatRef {
  meetingId: string;
  version: number;
  /** When the meeting started (actual, else planned), for ordering and the referat's wording. */
  meetingStart: string;
  approvedAt: string;
}

export function holderOf(group: Pick<Group, "members">, role: "chair" | "secretary"): GroupMember | undefined {
  return group.members.find((member) => member.role === role && member.aadObjectId);
}

export function roleHoldersOf(members: GroupMember[]): string[] {
  return members.filter((member) => member.role !== "member" && member.aadObjectId).map((member) => member.aadObjectId as string);
}

/**
 * Gives `role` to the person (added as a member if new); whoever held it before becomes a
 * plain member. One chair and one secretary per group.
 */
export function assignRole(
  members: GroupMember[],
  person: { aadObjectId: string; name: string; teamsUserId?: string },
  role: "chair" | "secretary",
): GroupMember[] {
  const demoted = members.map((member) =>
    member.role === role && member.aadObjectId !== person.aadObjectId ? { ...member, role: "member" as const } : member,
  );
  const existing = demoted.find((member) => member.aadObjectId === person.aadObjectId);
  if (existing) {
    return demoted.map((member) =>
      member === existing ? { ...member, role, teamsUserId: person.teamsUserId ?? member.teamsUserId } : member,
    );
  }
  return [...demoted, { aadObjectId: person.aadObjectId, name: person.name, teamsUserId: person.teamsUserId, role }];
}

/** Members a group keeps, newcomers included. */
export const MAX_GROUP_MEMBERS = 1000;
/** The group document as JSON, at most: well under the 2 MB Azure Cosmos DB takes. */
export const MAX_GROUP_BYTES = 1_500_000;

export const isGroupFull = (group: Group): boolean => group.members.length > MAX_GROUP_MEMBERS || storedBytes(group) > MAX_GROUP_BYTES;
