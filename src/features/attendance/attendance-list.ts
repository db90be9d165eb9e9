import { statusOf, type Attendee } from "./attendee";

const collator = new Intl.Collator("nb", { sensitivity: "base" });
export const byNorwegianName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);

export interface AttendanceList {
  /** Present people (guests included, marked), in Norwegian alphabetical order (æ, ø, å after z). */
  present: Array<{ key: string; name: string; municipality?: string; guest: boolean }>;
  absent: Array<{ key: string; name: string; reason?: string }>;
}

/** What the referat's "Tilstede på møtet" and "Forfall" come from. */
export function attendanceList(attendees: Attendee[]): AttendanceList {
  const present = attendees
    .filter((a) => statusOf(a) === "present")
    .map((a) => ({ key: a.personKey, name: a.name, guest: a.guest, ...(a.municipality ? { municipality: a.municipality } : {}) }))
    .sort(byNorwegianName);
  const absent = attendees
    .filter((a) => statusOf(a) === "absent")
    .map((a) => ({ key: a.personKey, name: a.name, ...(a.absent?.reason ? { reason: a.absent.reason } : {}) }))
    .sort(byNorwegianName);
  return { present, absent };
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
