import type { Contributor, RoundTableEntry } from "./roundtable";

/**
 * Whose hands a municipality's entry is in. A representative of the municipality (a group member
 * of it) and the chair and secretary vouch for its text; anyone else — someone new, not yet
 * known for a municipality — writes over it only after being told whose entry they replace, and
 * the shared card then says "endret av …" until the municipality or a leader saves or confirms it.
 */
export type Standing = "leader" | "member" | "newcomer";

export const samePerson = (a: Contributor, b: Contributor): boolean =>
  a.aadObjectId ? a.aadObjectId === b.aadObjectId : a.name === b.name;

/** How a writer stands towards one municipality's entry. */
export function standingOf(writer: { leader: boolean; ownMunicipality?: string }, municipality: string): Standing {
  if (writer.leader) return "leader";
  return writer.ownMunicipality === municipality ? "member" : "newcomer";
}

/** A newcomer about to replace text others wrote, or a leader recorded for the municipality: they are told whose, and must confirm. */
export function replacesOthers(existing: RoundTableEntry | undefined, by: Contributor, standing: Standing): boolean {
  if (!existing || standing !== "newcomer") return false;
  if (existing.unconfirmedChange && samePerson(existing.unconfirmedChange.by, by)) return false;
  const writers = [...existing.contributors, ...(existing.recordedBy ? [existing.recordedBy] : [])];
  return writers.some((writer) => !samePerson(writer, by));
}

/**
 * The entry's unconfirmed change after `by` writes it: a newcomer's write over someone else's
 * text starts one (and their later writes keep it, at their latest time); a member's or a
 * leader's write ends one — unless they are the very person it names.
 */
export function unconfirmedAfterWrite(
  existing: RoundTableEntry | undefined,
  by: Contributor,
  standing: Standing,
  at: string,
): RoundTableEntry["unconfirmedChange"] {
  const open = existing?.unconfirmedChange;
  if (open && samePerson(open.by, by)) return { by, at };
  if (standing !== "newcomer") return undefined;
  return replacesOthers(existing, by, standing) ? { by, at } : open;
}

/** Whether `by` may confirm the entry's unconfirmed change: a member or a leader, not the one it names. */
export function mayConfirm(entry: RoundTableEntry | undefined, by: Contributor, standing: Standing): boolean {
  const open = entry?.unconfirmedChange;
  return Boolean(open) && standing !== "newcomer" && !samePerson(open?.by ?? by, by);
}

/** Who wrote the entry's current text, as the newcomer is told: its writers (the first five), else who recorded it. */
export function writersOf(entry: RoundTableEntry): string[] {
  const names = entry.contributors.map((c) => c.name).slice(0, 5);
  if (names.length > 0) return names;
  return [entry.presenters ?? entry.recordedBy?.name ?? ""].filter(Boolean);
}
