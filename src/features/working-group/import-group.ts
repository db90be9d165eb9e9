import { roleHoldersOf, type Group, type GroupMember } from "./group";
import type { GroupFile } from "./group-file";

const sameMember = (a: GroupMember, b: GroupMember): boolean =>
  a.aadObjectId && b.aadObjectId ? a.aadObjectId === b.aadObjectId : a.name.toLocaleLowerCase("nb") === b.name.toLocaleLowerCase("nb");

/**
 * The group after importing `file` over `existing`: name, leader title and municipalities
 * come from the file; members are merged (the file's details and roles win, members
 * learned in Teams are kept); a role given in the file is taken from whoever had it.
 */
export function importGroup(file: GroupFile, existing: Group | undefined, now: Date): Group {
  let members = existing?.members ?? [];
  for (const incoming of file.members) {
    const member: GroupMember = {
      name: incoming.name,
      role: incoming.role,
      ...(incoming.aadObjectId ? { aadObjectId: incoming.aadObjectId } : {}),
      ...(incoming.municipality ? { municipality: incoming.municipality } : {}),
    };
    if (member.role !== "member") {
      members = members.map((other) => (other.role === member.role && !sameMember(other, member) ? { ...other, role: "member" } : other));
    }
    const index = members.findIndex((other) => sameMember(other, member));
    members = index >= 0 ? members.map((other, i) => (i === index ? { ...other, ...member } : other)) : [...members, member];
  }
  return {
    id: file.groupId,
    groupId: file.groupId,
    docType: "group",
    name: file.name,
    leaderTitle: file.leaderTitle,
    municipalities: file.municipalities,
    members,
    roleHolders: roleHoldersOf(members),
    ...(existing?.approvedReferats ? { approvedReferats: existing.approvedReferats } : {}),
    updatedAt: now.toISOString(),
  };
}
