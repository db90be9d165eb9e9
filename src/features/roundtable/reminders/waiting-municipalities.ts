import { literal, mentionTag } from "../../../shared/markdown-literal";
import type { TeamsApi } from "../../../shared/turn";
import type { Group } from "../../working-group";
import type { RoundTableEntry } from "../roundtable";

export interface WaitingMentions {
  /** "Asker (<at>Kari Nordmann</at>), Bærum": the waiting municipalities with their people. */
  names: string;
  /** The people to @mention: those of the waiting municipalities who are in this chat. */
  mentions: Array<{ id: string; name: string }>;
  /** The waiting municipalities of which the bot knows no member: nobody there can be @mentioned. */
  unknown: string[];
}

/** The group's municipalities that have no entry yet. */
export function waitingMunicipalities(group: Group, entries: Array<Pick<RoundTableEntry, "municipality">>): string[] {
  const done = new Set(entries.map((entry) => entry.municipality));
  return group.municipalities.filter((municipality) => !done.has(municipality));
}

/** Who to remind, by name and mention. Only people in this chat's roster can be @mentioned. */
export async function waitingMentions(teams: TeamsApi, group: Group, waiting: string[]): Promise<WaitingMentions> {
  const inChat = new Map((await teams.roster()).filter((r) => r.aadObjectId).map((r) => [r.aadObjectId as string, r.teamsUserId]));
  const people = group.members
    .filter((m) => m.municipality && waiting.includes(m.municipality))
    .map((m) => ({ ...m, teamsUserId: (m.aadObjectId && inChat.get(m.aadObjectId)) || undefined }));
  const mentions = people.filter((m) => m.teamsUserId).map((m) => ({ id: m.teamsUserId as string, name: m.name }));
  const names = waiting.map((municipality) => {
    // A mention's tag stands in the text as its entity has it (send-replies.ts): both are `mentionTag`.
    const named = people
      .filter((p) => p.municipality === municipality)
      .map((p) => (p.teamsUserId ? mentionTag(p.name) : literal(p.name, "inline")));
    return named.length > 0 ? `${literal(municipality, "inline")} (${named.join(", ")})` : literal(municipality, "inline");
  });
  const unknown = waiting.filter((municipality) => !people.some((p) => p.municipality === municipality));
  return { names: names.join(", "), mentions, unknown };
}
