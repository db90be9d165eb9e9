import type { Language } from "../../shared/language";

type Forms = readonly [one: string, many: string];

const nb = {
  usage:
    "Skriv til Møtebot i en 1:1-chat: «personvern innsyn ‹navn›», «personvern slett ‹navn›», " +
    "«personvern rett ‹navn› til ‹nytt navn›» eller «personvern rett ‹navn› kommune ‹kommune›».",
  onlyPersonal:
    "Personvern-verktøyene brukes i en 1:1-chat med Møtebot, så navnet og lenkene ikke vises for andre. " +
    "Åpne en chat med Møtebot og skriv kommandoen der.",
  notSecretary: "Bare sekretæren eller møtelederen i en faggruppe kan be om innsyn for den faggruppen.",
  notGroupSecretary: "Bare sekretæren i en faggruppe kan slette eller rette opplysninger om en person i faggruppen.",
  nobody: (name: string) => `Fant ingen lagrede opplysninger om «${name}» i faggruppene dine.`,
  ready: (name: string, groups: string, json: string, docx: string) =>
    `Innsyn for ${name} i ${groups}: alt som er lagret, som ${json}, og en lesbar oversikt i ${docx}. ` +
    "Lenkene virker i 24 timer; innholdet hentes på nytt når de åpnes.",
  retention: (months: number) =>
    `Arbeidsdokumentene til et møte (oppmøte, innspill, notater, utkast, lenker) slettes ${months} måneder etter at referatet ` +
    "ble godkjent. Det godkjente referatet og arkivet beholdes.",
  keptWithoutApproval: (group: string, months: number, meetings: string) =>
    `${group}: disse møtene er eldre enn ${months} måneder og har ikke godkjent referat, ` +
    `så de beholdes til referatet er godkjent: ${meetings}.`,
  eraseHeading: (name: string) => `Slette opplysningene om ${name}?`,
  eraseIntro: (groups: string) =>
    `I ${groups} blir navnet og Entra-id-en fjernet fra dette, og erstattet med «Tidligere medlem» der teksten trenger et navn:`,
  eraseKept: (count: number) =>
    count === 0
      ? "Ingen godkjente referater nevner personen."
      : `${count} godkjent${count === 1 ? "" : "e"} referatversjon${count === 1 ? "" : "er"} beholdes uendret: ` +
        "et godkjent referat er et arkivdokument organisasjonen har plikt til å bevare (arkivloven § 6).",
  eraseNote: "Meldinger og kort som alt er postet i Teams-chatten, slettes i Teams, ikke av Møtebot.",
  eraseButton: "Slett opplysningene",
  erased: (name: string, written: number, kept: number) =>
    `Opplysningene om ${name} er slettet: ${written} dokument${written === 1 ? "" : "er"} endret eller fjernet.` +
    (kept > 0 ? ` ${kept} godkjent${kept === 1 ? "" : "e"} referatversjon${kept === 1 ? "" : "er"} er beholdt.` : ""),
  nothingToErase: (name: string) => `Det er ikke lagret noe mer om ${name} som kan slettes.`,
  corrected: (name: string, next: string, written: number) =>
    `Rettet: ${name} vises nå som ${next} i ${written} dokument${written === 1 ? "" : "er"}. ` +
    "Godkjente referater er ikke endret; lag et nytt referat og godkjenn det for å rette et godkjent referat.",
  unknownMunicipality: (municipality: string, known: string) =>
    `«${municipality}» er ikke en kommune i faggruppen. Kommunene er: ${known}.`,
  kinds: {
    attendee: ["oppmøteregistrering", "oppmøteregistreringer"],
    roundTableEntry: ["innspill i runden rundt bordet", "innspill i runden rundt bordet"],
    followUp: ["oppfølgingspunkt", "oppfølgingspunkter"],
    openFollowUps: ["oversikt over åpne oppfølgingspunkter", "oversikter over åpne oppfølgingspunkter"],
    group: ["medlemskap i faggruppen", "medlemskap i faggrupper"],
    meeting: ["møte (roller, notater, vedtak)", "møter (roller, notater, vedtak)"],
    referatVersion: ["referatutkast", "referatutkast"],
    downloadLink: ["innsynslenke", "innsynslenker"],
    other: ["annet dokument", "andre dokumenter"],
  } as Record<string, Forms>,
};

export type PersonvernTexts = typeof nb;

const en: PersonvernTexts = {
  usage:
    "Type to Møtebot in a 1:1 chat: “privacy access ‹name›”, “privacy erase ‹name›”, " +
    "“privacy correct ‹name› to ‹new name›” or “privacy correct ‹name› municipality ‹municipality›”.",
  onlyPersonal:
    "The privacy tools are used in a 1:1 chat with Møtebot, so that the name and the links are not shown to others. " +
    "Open a chat with Møtebot and type the command there.",
  notSecretary: "Only a working group's secretary or chair can request access for that group.",
  notGroupSecretary: "Only a working group's secretary can erase or correct what is stored about a person in the group.",
  nobody: (name) => `Found nothing stored about “${name}” in your working groups.`,
  ready: (name, groups, json, docx) =>
    `Access for ${name} in ${groups}: everything stored, as ${json}, and a readable summary in ${docx}. ` +
    "The links work for 24 hours; the content is collected afresh when they are opened.",
  retention: (months) =>
    `A meeting's working documents (attendance, entries, notes, drafts, links) are deleted ${months} months after its minutes ` +
    "were approved. The approved minutes and the archive are kept.",
  keptWithoutApproval: (group, months, meetings) =>
    `${group}: these meetings are older than ${months} months and have no approved minutes, so they are kept until approved: ${meetings}.`,
  eraseHeading: (name) => `Erase what is stored about ${name}?`,
  eraseIntro: (groups) =>
    `In ${groups}, the name and Entra id are removed from the following, and replaced by “Former member” where the text needs a name:`,
  eraseKept: (count) =>
    count === 0
      ? "No approved minutes mention the person."
      : `${count} approved minutes version${count === 1 ? " is" : "s are"} kept unchanged: ` +
        "approved minutes are archive records the organisation must keep (the Norwegian Archives Act, section 6).",
  eraseNote: "Messages and cards already posted in the Teams chat are deleted in Teams, not by Møtebot.",
  eraseButton: "Erase",
  erased: (name, written, kept) =>
    `What was stored about ${name} is erased: ${written} document${written === 1 ? "" : "s"} changed or removed.` +
    (kept > 0 ? ` ${kept} approved minutes version${kept === 1 ? " is" : "s are"} kept.` : ""),
  nothingToErase: (name) => `Nothing more is stored about ${name} that can be erased.`,
  corrected: (name, next, written) =>
    `Corrected: ${name} now shows as ${next} in ${written} document${written === 1 ? "" : "s"}. ` +
    "Approved minutes are unchanged; make new minutes and approve them to correct approved minutes.",
  unknownMunicipality: (municipality, known) => `“${municipality}” is not a municipality of the group. They are: ${known}.`,
  kinds: {
    attendee: ["attendance record", "attendance records"],
    roundTableEntry: ["round-table entry", "round-table entries"],
    followUp: ["follow-up", "follow-ups"],
    openFollowUps: ["open follow-ups overview", "open follow-ups overviews"],
    group: ["group membership", "group memberships"],
    meeting: ["meeting (roles, notes, decisions)", "meetings (roles, notes, decisions)"],
    referatVersion: ["draft minutes", "draft minutes"],
    downloadLink: ["access link", "access links"],
    other: ["other document", "other documents"],
  },
};

export const personvernTexts = (language: Language): PersonvernTexts => (language === "en" ? en : nb);
