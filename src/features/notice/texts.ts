import type { Language } from "../../shared/language";

const nb = {
  title: (group: string) => `Innkalling til møte i ${group}`,
  documentTitle: "Innkalling",
  time: "Tid",
  place: "Sted",
  teams: "Teams",
  join: "Bli med i møtet",
  items: "Saker",
  item: (number: number, title: string) => `Sak ${number} ${title}`,
  roundTable: "Runde rundt bordet",
  deadline: "Frist for innspill",
  noDeadline: "ingen frist satt",
  papers: "Sakspapirer",
  download: "Last ned innkallingen (Word)",
  posted: "Innkallingen er lagt ut.",
  updated: "Innkallingen er oppdatert.",
  noAgenda: "Møtet har ingen dagsorden ennå. Skriv «agenda» og legg inn sakene først.",
  noGroup: "Møtet er ikke koblet til en faggruppe. Skriv «oppsett» først.",
  unknownTime: "ikke fastsatt",
};

export type NoticeTexts = typeof nb;

const en: NoticeTexts = {
  title: (group) => `Notice of meeting: ${group}`,
  documentTitle: "Notice of meeting",
  time: "Time",
  place: "Place",
  teams: "Teams",
  join: "Join the meeting",
  items: "Items",
  item: (number, title) => `Item ${number} ${title}`,
  roundTable: "Round table",
  deadline: "Deadline for input",
  noDeadline: "no deadline set",
  papers: "Meeting papers",
  download: "Download the notice (Word)",
  posted: "The notice is posted.",
  updated: "The notice is updated.",
  noAgenda: "The meeting has no agenda yet. Type “agenda” and enter the items first.",
  noGroup: "The meeting is not linked to a working group. Type “setup” first.",
  unknownTime: "not set",
};

export const noticeTexts = (language: Language): NoticeTexts => (language === "en" ? en : nb);
