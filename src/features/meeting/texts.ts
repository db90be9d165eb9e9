import type { StepRefusal } from "./walkthrough";
import { literal } from "../../shared/markdown-literal";
import type { Language } from "../../shared/language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  defaultTitle: "Møte",
  progress: (n: number, m: number) => `Sak ${n} av ${m}`,
  notStarted: "Møtet er ikke startet",
  ended: "Møtet er avsluttet",
  noAgenda: "Ingen dagsorden ennå. Møteleder eller sekretær kan legge den inn med «agenda».",
  agendaBeforeStart:
    "Møtet har ingen dagsorden ennå. Skriv inn sakene på kortet (én per linje), trykk «Lagre dagsorden» og skriv «start» igjen.",
  startOffPlan: (planned: string) =>
    `Møtet er planlagt til ${planned}. Skriv «start nå» for å starte det i dag likevel; da får referatet dagens dato og klokkeslett.`,
  noNotes: "Ingen notater ennå.",
  olderNotes: (count: number) => `… og ${count} eldre ${count === 1 ? "notat eller vedtak" : "notater og vedtak"} – se referatet`,
  agendaCardEmpty: "Ingen saker ennå. Møteleder eller sekretær trykker «Rediger dagsorden».",
  decision: "Vedtak",
  notePlaceholder: "Notat eller vedtak til denne saken",
  addNote: "Legg til notat",
  addDecision: "Legg til vedtak",
  goTo: "Gå til sak",
  previous: "Forrige",
  next: "Neste",
  endMeeting: "Avslutt møtet",
  roundTable: "runde rundt bordet",
  agendaTitle: (title: string) => `Dagsorden – ${title}`,
  editAgenda: "Rediger dagsorden",
  saveAgenda: "Lagre dagsorden",
  addStanding: "Legg til faste saker",
  agendaHint:
    "Én sak per linje, f.eks. «Sak 1: Godkjenning av innkalling og dagsorden». Skriv «Runde rundt bordet – ‹tema›» for runden rundt " +
    "bordet.",
  agendaSaved: (count: number) => `Dagsorden lagret: ${count} saker.`,
  agendaEmpty: "Dagsordenen er tom. Skriv én sak per linje.",
  agendaTooMany: "Dagsordenen kan ha høyst 50 saker.",
  agendaTitleTooLong: (line: number) => `Saken på linje ${line} har for lang tittel (høyst 300 tegn).`,
  agendaTooLong: "Dagsordenen er for lang (høyst 20000 tegn).",
  titleTooLong: "Tittelen er for lang (høyst 200 tegn).",
  meetingCreated: (title: string, when: string) => `Møtet «${literal(title, "inline")}» er opprettet: ${when}.`,
  newMeetingUsage: "Skriv slik: «møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›», f.eks. «møte ny Faggruppemøte 11.09.2025 10:00-12:30».",
  meetingChatHasMeeting: "Denne møtechatten hører allerede til Teams-møtet. «møte ny» brukes i vanlige gruppechatter.",
  itemUsage: "Skriv «sak ‹nummer›», f.eks. «sak 3».",
  noteUsage: "Skriv teksten etter kommandoen, f.eks. «notat Innkalling godkjent».",
  noteAdded: (kind: "note" | "decision", n: number) => `${kind === "note" ? "Notat" : "Vedtak"} lagt til sak ${n}.`,
  moved: (n: number, title: string) => `Sak ${n}: ${title}`,
  meetingEnded: "Møtet er avsluttet. Takk for i dag!",
  refusals: {
    noAgenda: "Det er ingen dagsorden ennå.",
    atEnd: "Dette er siste sak.",
    atStart: "Dette er første sak.",
    noSuchItem: "Det finnes ingen sak med det nummeret.",
    stale: "Kortet var utdatert – her er møtet slik det står nå.",
    emptyNote: "Notatet er tomt.",
    noteTooLong: "Notatet er for langt (høyst 2000 tegn).",
    meetingFull:
      "Møtet har nådd grensen for notater og vedtak (500, eller om lag 1,5 MB tekst), så dette ble ikke lagret. " +
      "Resten av møtet virker som før; skriv videre i referatet når du har hentet det.",
    notesChanged: "Noen andre har endret notatene til saken mens du skrev. Se deres versjon og velg hva som skal stå.",
  } satisfies Record<StepRefusal, string>,
};

export type MeetingTexts = typeof nb;

const en: MeetingTexts = {
  defaultTitle: "Meeting",
  progress: (n, m) => `Item ${n} of ${m}`,
  notStarted: "The meeting has not started",
  ended: "The meeting has ended",
  noAgenda: "No agenda yet. The chair or secretary can add it with “agenda”.",
  agendaBeforeStart:
    "The meeting has no agenda yet. Type the items on the card (one per line), press “Save agenda” and type “start” again.",
  startOffPlan: (planned: string) =>
    `The meeting is planned for ${planned}. Type “start now” to start it today anyway; the minutes then carry today's date and time.`,
  noNotes: "No notes yet.",
  olderNotes: (count: number) => `… and ${count} older ${count === 1 ? "note or decision" : "notes and decisions"} – see the minutes`,
  agendaCardEmpty: "No items yet. The chair or secretary presses “Edit agenda”.",
  decision: "Decision",
  notePlaceholder: "Note or decision for this item",
  addNote: "Add note",
  addDecision: "Add decision",
  goTo: "Go to item",
  previous: "Previous",
  next: "Next",
  endMeeting: "End meeting",
  roundTable: "round table",
  agendaTitle: (title) => `Agenda – ${title}`,
  editAgenda: "Edit agenda",
  saveAgenda: "Save agenda",
  addStanding: "Add standing items",
  agendaHint: "One item per line, e.g. “Sak 1: Approval of the agenda”. Write “Round table – ‹topic›” for the round table.",
  agendaSaved: (count) => `Agenda saved: ${count} items.`,
  agendaEmpty: "The agenda is empty. Write one item per line.",
  agendaTooMany: "The agenda can have at most 50 items.",
  agendaTitleTooLong: (line) => `The item on line ${line} has too long a title (at most 300 characters).`,
  agendaTooLong: "The agenda is too long (at most 20,000 characters).",
  titleTooLong: "The title is too long (at most 200 characters).",
  meetingCreated: (title, when) => `The meeting “${literal(title, "inline")}” is created: ${when}.`,
  newMeetingUsage: "Type “meeting new ‹title› ‹date› ‹HH:MM-HH:MM›”, e.g. “meeting new Working group 11.09.2025 10:00-12:30”.",
  meetingChatHasMeeting: "This meeting chat already belongs to its Teams meeting. “meeting new” is for ordinary group chats.",
  itemUsage: "Type “item ‹number›”, e.g. “item 3”.",
  noteUsage: "Type the text after the command, e.g. “note Agenda approved”.",
  noteAdded: (kind, n) => `${kind === "note" ? "Note" : "Decision"} added to item ${n}.`,
  moved: (n, title) => `Item ${n}: ${title}`,
  meetingEnded: "The meeting has ended. Thank you!",
  refusals: {
    noAgenda: "There is no agenda yet.",
    atEnd: "This is the last item.",
    atStart: "This is the first item.",
    noSuchItem: "There is no item with that number.",
    stale: "The card was out of date – here is the meeting as it stands now.",
    emptyNote: "The note is empty.",
    noteTooLong: "The note is too long (at most 2000 characters).",
    meetingFull:
      "This meeting has reached its limit for notes and decisions (500, or about 1.5 MB of text), so this was not saved. " +
      "Everything else still works; continue in the minutes once you have them.",
    notesChanged: "Someone else changed this item's notes while you were writing. See their version and choose what stays.",
  },
};

export function meetingTexts(language: Language): MeetingTexts {
  return language === "en" ? en : nb;
}
