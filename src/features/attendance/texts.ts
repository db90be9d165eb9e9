import { literal } from "../../shared/markdown-literal";
import type { Language } from "../../shared/language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  title: (meeting: string) => `Oppmøte – ${meeting}`,
  /** The same people the referat counts as "Tilstede"; the secretary apart, as the referat lists them. */
  count: (n: number, guests: number, secretariat: boolean) =>
    n === 0 && guests === 0
      ? secretariat
        ? "Bare sekretariatet til stede ennå"
        : "Ingen til stede ennå"
      : [n > 0 ? `${n} til stede` : "", guests === 1 ? "1 gjest" : guests > 1 ? `${guests} gjester` : "", secretariat ? "sekretariat" : ""]
          .filter(Boolean)
          .join(" · "),
  secretariat: "Sekretariat",
  noOne: "Ingen har registrert seg ennå.",
  withoutMunicipality: "Uten kommune",
  guests: "Gjester",
  absent: "Forfall",
  /** When the names would make the card too big for Teams: how many, and where to see them. */
  headcount: (n: number) => `${n} ${n === 1 ? "person" : "personer"} (navnene står i referatet)`,
  checkIn: "Registrer oppmøte",
  manage: "Administrer",
  askMunicipality: "Hvilken kommune eller region representerer du? Vi husker det til neste gang.",
  municipalityLabel: "Kommune eller region",
  saveMunicipality: "Lagre kommune",
  checkedIn: (name: string) => `${name} er registrert som til stede.`,
  ended: "Møtet er avsluttet, så oppmøtet kan ikke registreres lenger. Sekretæren kan fortsatt legge deg til.",
  anonymousCheckIn: "Gjester uten organisasjonskonto registreres av møteleder eller sekretær.",
  guestNameLabel: "Legg til person (navn)",
  guestMunicipalityLabel: "Kommune (valgfritt)",
  add: "Legg til som til stede",
  personLabel: "Person",
  reasonLabel: "Grunn (valgfritt)",
  markAbsent: "Meld forfall",
  remove: "Fjern oppføring",
  added: (name: string) => `${literal(name)} er lagt til som til stede.`,
  markedAbsent: (name: string) => `${literal(name)} har meldt forfall.`,
  removed: (name: string) => `${literal(name)} er fjernet fra oppmøtet.`,
  emptyName: "Skriv et navn (høyst 200 tegn).",
  reasonTooLong: "Grunnen er for lang (høyst 500 tegn).",
  unknownPerson: (name: string) => `Fant ingen «${literal(name, "inline")}» i oppmøtet.`,
  addUsage: "Skriv «oppmøte legg til ‹navn› [kommune]», «oppmøte fjern ‹navn›» eller «forfall ‹navn›, [grunn]».",
  noMunicipality: "Velg en kommune fra listen.",
};

export type AttendanceTexts = typeof nb;

const en: AttendanceTexts = {
  title: (meeting) => `Attendance – ${meeting}`,
  count: (n, guests, secretariat) =>
    n === 0 && guests === 0
      ? secretariat
        ? "Only the secretariat present yet"
        : "Nobody present yet"
      : [n > 0 ? `${n} present` : "", guests === 1 ? "1 guest" : guests > 1 ? `${guests} guests` : "", secretariat ? "secretariat" : ""]
          .filter(Boolean)
          .join(" · "),
  secretariat: "Secretariat",
  noOne: "Nobody has checked in yet.",
  withoutMunicipality: "No municipality",
  guests: "Guests",
  absent: "Apologies",
  headcount: (n: number) => `${n} ${n === 1 ? "person" : "people"} (the names are in the minutes)`,
  checkIn: "Check in",
  manage: "Manage",
  askMunicipality: "Which municipality or region do you represent? We'll remember it next time.",
  municipalityLabel: "Municipality or region",
  saveMunicipality: "Save municipality",
  checkedIn: (name) => `${name} is checked in.`,
  ended: "The meeting has ended, so check-in is closed. The secretary can still add you.",
  anonymousCheckIn: "Guests without an organisation account are added by the chair or the secretary.",
  guestNameLabel: "Add a person (name)",
  guestMunicipalityLabel: "Municipality (optional)",
  add: "Add as present",
  personLabel: "Person",
  reasonLabel: "Reason (optional)",
  markAbsent: "Record apologies",
  remove: "Remove entry",
  added: (name) => `${literal(name)} is added as present.`,
  markedAbsent: (name) => `${literal(name)} sent apologies.`,
  removed: (name) => `${literal(name)} is removed from the attendance.`,
  emptyName: "Type a name (at most 200 characters).",
  reasonTooLong: "The reason is too long (at most 500 characters).",
  unknownPerson: (name) => `No “${literal(name, "inline")}” in the attendance.`,
  addUsage: "Type “attendance add ‹name› [municipality]”, “attendance remove ‹name›” or “absent ‹name›, [reason]”.",
  noMunicipality: "Choose a municipality from the list.",
};

export function attendanceTexts(language: Language): AttendanceTexts {
  return language === "en" ? en : nb;
}
