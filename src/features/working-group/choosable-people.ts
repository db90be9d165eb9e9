import type { Group } from "./group";
import type { Person } from "./setup-card";
import type { Turn } from "./services";

/** Group members with an Entra id, and everyone in this chat's roster. */
export async function choosablePeople(turn: Turn, group: Group): Promise<Array<Person & { teamsUserId?: string }>> {
  const people = new Map<string, Person & { teamsUserId?: string }>();
  for (const member of group.members) {
    if (member.aadObjectId)
      people.set(member.aadObjectId, { aadObjectId: member.aadObjectId, name: member.name, teamsUserId: member.teamsUserId });
  }
  for (const member of await turn.teams.roster()) {
    if (member.aadObjectId && !people.has(member.aadObjectId)) {
      people.set(member.aadObjectId, { aadObjectId: member.aadObjectId, name: member.name, teamsUserId: member.teamsUserId });
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "nb"));
}
