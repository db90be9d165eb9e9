import { literal } from "../../shared/markdown-literal";
import type { Language } from "../../shared/language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  title: (topic: string) => (topic ? `Runde rundt bordet – ${topic}` : "Runde rundt bordet"),
  progress: (done: number, all: number) => `${done} av ${all} har levert`,
  closed: "Runden er lukket",
  waiting: "venter",
  submitForMine: "Send inn for min kommune",
  formTitle: (municipality: string) => `Status for ${municipality}`,
  municipalityLabel: "Kommune eller region",
  fetch: "Hent teksten for valgt kommune",
  entryLabel: "Status (ett punkt per linje; rykk inn for underpunkt)",
  entryPlaceholder: "• Har gjennomført etableringskurs\n• Nytt gründerhus åpner i høst\n  - 1500 kvm i sentrum",
  presentersLabel: "Navn i referatet (valgfritt, når du fører inn for kommunen)",
  submit: "Send inn",
  conflict: "Noen andre har endret innlegget mens du skrev. Slik står det nå:",
  yourText: "Din tekst står under – rett den og send inn på nytt.",
  nothingYet: "(ingen tekst ennå)",
  saved: (municipality: string) => `Takk! Statusen for ${municipality} er lagret.`,
  opened: (topic: string) => (topic ? `Runde rundt bordet «${literal(topic, "inline")}» er åpnet.` : "Runde rundt bordet er åpnet."),
  alreadyOpen: "Runden er allerede åpen – her er kortet.",
  closedNow: "Runde rundt bordet er lukket. Nå kan bare sekretæren endre innleggene.",
  notOpen: "Det er ingen runde rundt bordet i dette møtet ennå. Møteleder eller sekretær åpner den med «rundebord ‹tema›».",
  afterClose: "Runden er lukket. Ta kontakt med sekretæren for endringer.",
  noGroup: "Møtet er ikke koblet til en faggruppe med kommuner. Skriv «oppsett» først.",
  empty: "Skriv minst ett punkt.",
  tooMany: "Høyst 30 punkter.",
  tooLong: "Høyst 4000 tegn.",
  presentersTooLong: "Navnene er for lange (høyst 200 tegn).",
  topicTooLong: "Temaet er for langt (høyst 300 tegn).",
  unknownMunicipality: "Velg en kommune fra faggruppens liste.",
  notYourMunicipality: (own: string) => `Du kan bare skrive for din egen kommune (${own}).`,
  anonymous: "Gjester uten organisasjonskonto kan ikke sende inn. Møteleder eller sekretær kan føre det inn.",
  remind: (names: string) => `Påminnelse: vi venter fortsatt på statusen fra ${names}. Trykk «Send inn for min kommune» på kortet.`,
  nobodyWaiting: "Alle kommunene har levert. 🎉",
  usage: "Skriv «rundebord [tema]», «rundebord lukk» eller «rundebord påminn».",
};

export type RoundTableTexts = typeof nb;

const en: RoundTableTexts = {
  title: (topic) => (topic ? `Round table – ${topic}` : "Round table"),
  progress: (done, all) => `${done} of ${all} have reported`,
  closed: "The round table is closed",
  waiting: "waiting",
  submitForMine: "Submit for my municipality",
  formTitle: (municipality) => `Status for ${municipality}`,
  municipalityLabel: "Municipality or region",
  fetch: "Load the text for the chosen municipality",
  entryLabel: "Status (one point per line; indent for a sub-point)",
  entryPlaceholder: "• Ran a start-up course\n• New incubator opens this autumn\n  - 1,500 m² downtown",
  presentersLabel: "Names in the minutes (optional, when you record it for the municipality)",
  submit: "Submit",
  conflict: "Someone else changed the entry while you were writing. This is how it stands now:",
  yourText: "Your text is below – adjust it and submit again.",
  nothingYet: "(no text yet)",
  saved: (municipality) => `Thank you! The status for ${municipality} is saved.`,
  opened: (topic) => (topic ? `The round table “${literal(topic, "inline")}” is open.` : "The round table is open."),
  alreadyOpen: "The round table is already open – here is the card.",
  closedNow: "The round table is closed. Only the secretary can change entries now.",
  notOpen: "There is no round table in this meeting yet. The chair or secretary opens it with “roundtable ‹topic›”.",
  afterClose: "The round table is closed. Ask the secretary for changes.",
  noGroup: "The meeting is not linked to a working group with municipalities. Type “setup” first.",
  empty: "Write at least one point.",
  tooMany: "At most 30 points.",
  tooLong: "At most 4,000 characters.",
  presentersTooLong: "The names are too long (at most 200 characters).",
  topicTooLong: "The topic is too long (at most 300 characters).",
  unknownMunicipality: "Choose a municipality from the group's list.",
  notYourMunicipality: (own) => `You can only write for your own municipality (${own}).`,
  anonymous: "Guests without an organisation account cannot submit. The chair or secretary can record it.",
  remind: (names) => `Reminder: we are still waiting for the status from ${names}. Press “Submit for my municipality” on the card.`,
  nobodyWaiting: "Every municipality has reported. 🎉",
  usage: "Type “roundtable [topic]”, “roundtable close” or “roundtable remind”.",
};

export function roundTableTexts(language: Language): RoundTableTexts {
  return language === "en" ? en : nb;
}
