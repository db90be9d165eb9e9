import type { Turn } from "./services";
import { isGroupFull } from "./group";

/**
 * Someone new told us which municipality they represent (on the check-in card, or by
 * submitting for it): kept on their group member record, so no later meeting asks again.
 * An existing municipality is not overwritten (the chair or secretary changes that).
 */
export async function rememberMunicipality(
  turn: Turn,
  groupId: string,
  person: { aadObjectId: string; name: string },
  municipality: string,
): Promise<void> {
  await turn.services.groups.update(groupId, (group) => {
    const existing = group.members.find((m) => m.aadObjectId === person.aadObjectId);
    if (existing?.municipality) return { result: undefined };
    const members = existing
      ? group.members.map((m) => (m === existing ? { ...m, municipality } : m))
      : [...group.members, { ...person, municipality, teamsUserId: turn.from.teamsUserId, role: "member" as const }];
    const next = { ...group, members, updatedAt: turn.services.now().toISOString() };
    // A full group keeps working; a newcomer beyond the bound is asked again next time.
    if (!existing && isGroupFull(next)) return { result: undefined };
    return { write: next, result: undefined };
  });
}
