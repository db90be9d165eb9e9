import type { Language } from "../../shared/language";

/** The referat's own headings and labels: the document is written in the chat's language. */
const nbLabels = {
  title: (group: string) => `Referat fra ${group}`,
  time: "Tid",
  place: "Sted",
  teams: "Teams",
  present: "Tilstede på møtet",
  absent: "Forfall",
  guests: "Gjester",
  chair: "Møteleder",
  secretary: "Sekretariat",
  item: (n: number, title: string) => `Sak ${n}: ${title}`,
  decision: "Vedtak",
  /** Under a Sak with nothing recorded. */
  noRemarks: "Ingen merknader.",
  roundTableFallback: (topic: string) => (topic ? `Runde rundt bordet – ${topic}` : "Runde rundt bordet"),
  /** The agenda item under which the previous approved referat is offered. */
  approvalItem: /godkjenning av referat/i,
  previousOffered: (date: string) => `Referat fra møtet ${date} ble lagt fram for godkjenning.`,
  papers: "Sakspapirer og underlag ble publisert her",
  followUp: "Oppfølging",
  followUpsSection: "Oppfølgingspunkter",
  followUpColumns: ["Sak", "Oppfølging", "Ansvarlig", "Frist"],
  referent: "Referent",
  ourRef: "Vår ref",
  page: "Side",
  of: "av",
  draftMark: "UTKAST",
  approvedOn: (date: string) => `Godkjent ${date}`,
};

export type ReferatLabels = typeof nbLabels;

const enLabels: ReferatLabels = {
  title: (group) => `Minutes of ${group}`,
  time: "Time",
  place: "Place",
  teams: "Teams",
  present: "Present",
  absent: "Apologies",
  guests: "Guests",
  chair: "Chair",
  secretary: "Secretary",
  item: (n, title) => `Item ${n}: ${title}`,
  decision: "Decision",
  noRemarks: "No remarks.",
  roundTableFallback: (topic) => (topic ? `Round table – ${topic}` : "Round table"),
  approvalItem: /godkjenning av referat|approv\w* (of )?(the )?(previous )?minutes/i,
  previousOffered: (date) => `The minutes of the meeting on ${date} were presented for approval.`,
  papers: "Meeting papers were published here",
  followUp: "Follow-up",
  followUpsSection: "Follow-ups",
  followUpColumns: ["Item", "Follow-up", "Responsible", "Deadline"],
  referent: "Minutes taken by",
  ourRef: "Our ref",
  page: "Page",
  of: "of",
  draftMark: "DRAFT",
  approvedOn: (date) => `Approved ${date}`,
};

export const referatLabels = (language: Language): ReferatLabels => (language === "en" ? enLabels : nbLabels);

/** What the bot says around the referat. */
const nb = {
  onlyLeaders: (secretary?: string) =>
    `Det er møteleder og sekretær som lager referatet${secretary ? ` – spør gjerne ${secretary}` : ""}. Du kan følge sakene på møtekortet.`,
  onlyChair: "Det er møteleder som godkjenner referatet.",
  nothingYet: "Det er ingenting å lage referat av ennå: ingen saker på dagsordenen, ingen oppmøte og ingen runde rundt bordet.",
  tooLarge:
    "Referatet ble for stort til å lagres (over 1,8 MB). Kort ned de lengste notatene eller innleggene i runden rundt bordet, " +
    "og prøv igjen.",
  usage: "Skriv «referat» for et utkast, eller «referat godkjenn» (møteleder) når det er godkjent.",
  draft: (version: number, created: boolean) =>
    created ? `Utkast til referat, versjon ${version}` : `Utkast til referat, versjon ${version} (uendret)`,
  approvedVersion: (version: number) => `Godkjent referat, versjon ${version} (låst)`,
  download: "Last ned som Word (.docx)",
  downloadMarkdown: "Last ned som Markdown",
  linkLifetime: (hours: number) => `lenkene virker i ${hours} timer`,
  approveHint: "Møteleder skriver «referat godkjenn» når referatet er godkjent.",
  previous: "Godkjenning av referat fra tidligere møter",
  previousLink: (date: string, version: number) => `Referat fra ${date} (versjon ${version}, godkjent)`,
  summaryTitle: (group: string) => `Utkast til referat – ${group}`,
  approvedTitle: (group: string) => `Referat – ${group}`,
  draftShared: (version: number) =>
    `Versjon ${version} av utkastet er klar. Bare møteleder og sekretær ser utkastet; referatet publiseres her for alle når ` +
    `møteleder har godkjent det («referat godkjenn»).`,
  draftLeadersOnly: "Bare møteleder og sekretær ser utkastet og lenkene.",
  summaryTooLong: "Referatet er for langt til å vises i chatten. Last det ned her:",
  factVersion: "Versjon",
  factTime: "Tid",
  factPresent: "Tilstede",
  factGuests: "Gjester",
  factItems: "Saker",
  factRoundTable: "Runde rundt bordet",
  reported: (done: number, all: number) => `${done} av ${all} kommuner`,
  factMissing: "Mangler",
  noDraft: "Det finnes ikke noe utkast ennå. Skriv «referat» først.",
  alreadyApproved: (version: number) => `Versjon ${version} er allerede godkjent og låst. Her er den igjen, med nye lenker.`,
  approved: (version: number) =>
    `Referatet (versjon ${version}) er godkjent og låst, og publisert til alle her. Det tilbys under «Godkjenning av referat fra ` +
    `tidligere møter» i neste møte i faggruppen.`,
};

export type ReferatTexts = typeof nb;

const en: ReferatTexts = {
  onlyLeaders: (secretary) =>
    `The chair and the secretary write the minutes${secretary ? ` – ask ${secretary}` : ""}. You can follow the items on the meeting card.`,
  onlyChair: "The chair approves the minutes.",
  nothingYet: "There is nothing to write minutes of yet: no agenda items, no attendance and no round table.",
  tooLarge: "The minutes became too large to store (over 1.8 MB). Shorten the longest notes or round-table entries and try again.",
  usage: "Type “minutes” for a draft, or “minutes approve” (chair) once they are approved.",
  draft: (version, created) => (created ? `Draft minutes, version ${version}` : `Draft minutes, version ${version} (unchanged)`),
  approvedVersion: (version) => `Approved minutes, version ${version} (locked)`,
  download: "Download as Word (.docx)",
  downloadMarkdown: "Download as Markdown",
  linkLifetime: (hours) => `the links work for ${hours} hours`,
  approveHint: "The chair types “minutes approve” once the minutes are approved.",
  previous: "Approval of the minutes of previous meetings",
  previousLink: (date, version) => `Minutes of ${date} (version ${version}, approved)`,
  summaryTitle: (group) => `Draft minutes – ${group}`,
  approvedTitle: (group) => `Minutes – ${group}`,
  draftShared: (version) =>
    `Version ${version} of the draft is ready. Only the chair and the secretary see the draft; the minutes are published here for ` +
    `everyone once the chair has approved them (“minutes approve”).`,
  draftLeadersOnly: "Only the chair and the secretary see the draft and its links.",
  summaryTooLong: "The minutes are too long to show in the chat. Download them here:",
  factVersion: "Version",
  factTime: "Time",
  factPresent: "Present",
  factGuests: "Guests",
  factItems: "Items",
  factRoundTable: "Round table",
  reported: (done, all) => `${done} of ${all} municipalities`,
  factMissing: "Missing",
  noDraft: "There is no draft yet. Type “minutes” first.",
  alreadyApproved: (version) => `Version ${version} is already approved and locked. Here it is again, with fresh links.`,
  approved: (version) =>
    `The minutes (version ${version}) are approved, locked and published to everyone here. They will be offered for approval in ` +
    `the group's next meeting.`,
};

export const referatTexts = (language: Language): ReferatTexts => (language === "en" ? en : nb);
