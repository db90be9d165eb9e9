import type { Group, GroupMember } from "../working-group";
import { sameNameKey } from "../../shared/text/clean-text";
import type { DataSubject } from "./person-data";
import type { Turn } from "./services";

/** The groups where the one asking holds one of `roles`: the personvern tools reach only those. */
export async function groupsWhereAsker(turn: Turn, roles: ReadonlyArray<GroupMember["role"]>): Promise<Group[]> {
  const me = turn.from.aadObjectId;
  if (!me) return [];
  return (await turn.services.groups.ofMember(me)).filter((group) =>
    group.members.some((member) => member.aadObjectId === me && roles.includes(member.role)),
  );
}

/** Whom a name means in these groups: a member (with their Entra id) when one has that name, else the name alone. */
export function subjectNamed(groups: Group[], name: string): DataSubject {
  const member = groups.flatMap((group) => group.members).find((m) => sameNameKey(m.name) === sameNameKey(name));
  return { name: member?.name ?? name.trim(), ...(member?.aadObjectId ? { aadObjectId: member.aadObjectId } : {}) };
}
