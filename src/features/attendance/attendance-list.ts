import { statusOf, type Attendee } from "./attendee";
import type { PersonRef } from "../../shared/meeting/meeting";

const collator = new Intl.Collator("nb", { sensitivity: "base" });
export const byNorwegianName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);

export interface AttendanceList {
  /** Present people (guests included, marked), in Norwegian alphabetical order (æ, ø, å after z); not the secretary. */
  present: Array<{ key: string; name: string; municipality?: string; guest: boolean }>;
  absent: Array<{ key: string; name: string; reason?: string }>;
  /** The meeting's secretary when present: the secretariat, not a member of a municipality. */
  secretariat: Array<{ key: string; name: string }>;
}

/**
 * Whether an attendee is the meeting's secretary: by Entra object id, or by name for someone
 * added by hand. The referat lists them under "Sekretariat", the check-in card apart.
 */
export function isSecretary(attendee: Pick<Attendee, "aadObjectId" | "name">, secretary: PersonRef | undefined): boolean {
  if (!secretary) return false;
  if (attendee.aadObjectId) return attendee.aadObjectId === secretary.aadObjectId;
  return attendee.name.trim().toLocaleLowerCase("nb") === secretary.name.trim().toLocaleLowerCase("nb");
}

/** What the referat's "Tilstede på møtet" and "Forfall" come from, and the check-in card's count. */
export function attendanceList(attendees: Attendee[], secretary?: PersonRef): AttendanceList {
  const secretariat = attendees
    .filter((a) => statusOf(a) === "present" && isSecretary(a, secretary))
    .map((a) => ({ key: a.personKey, name: a.name }));
  const present = attendees
    .filter((a) => statusOf(a) === "present" && !isSecretary(a, secretary))
    .map((a) => ({ key: a.personKey, name: a.name, guest: a.guest, ...(a.municipality ? { municipality: a.municipality } : {}) }))
    .sort(byNorwegianName);
  const absent = attendees
    .filter((a) => statusOf(a) === "absent")
    .map((a) => ({ key: a.personKey, name: a.name, ...(a.absent?.reason ? { reason: a.absent.reason } : {}) }))
    .sort(byNorwegianName);
  return { present, absent, secretariat };
}

/** Present people grouped by municipality in the group's order; then those without one; guests last. */
export function presentByMunicipality(
  list: AttendanceList,
  municipalities: string[],
): Array<{ municipality?: string; guests?: true; names: string[] }> {
  const groups: Array<{ municipality?: string; guests?: true; names: string[] }> = [];
  const members = list.present.filter((p) => !p.guest);
  for (const municipality of municipalities) {
    const names = members.filter((p) => p.municipality === municipality).map((p) => p.name);
    if (names.length > 0) groups.push({ municipality, names });
  }
  const others = members.filter((p) => !p.municipality || !municipalities.includes(p.municipality));
  if (others.length > 0) groups.push({ names: others.map((p) => p.name) });
  const guests = list.present.filter((p) => p.guest).map((p) => (p.municipality ? `${p.name} (${p.municipality})` : p.name));
  if (guests.length > 0) groups.push({ guests: true, names: guests });
  return groups;
}
