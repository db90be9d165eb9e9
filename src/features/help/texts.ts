import type { Language } from "../../shared/language";

const nb = {
  helpTitle: "Møtebot – kommandoer",
  helpIntro: "Skriv en kommando til meg. I gruppe- og møtechatter: nevn meg først (@Møtebot).",
  helpFooter: "Møtebot fører oppmøte, dagsorden, runde rundt bordet og lager utkast til referat.",
  welcomeTitle: "Hei! Jeg er Møtebot",
  welcomeBody:
    "Jeg hjelper faggruppen med møtet: oppmøte, dagsorden, runde rundt bordet og et utkast til referat på sekunder. Alt lagres trygt, " +
    "slik at ingenting går tapt.",
  welcomeHint: "Skriv «hjelp» for å se hva jeg kan.",
  showHelp: "Vis kommandoer",
};

export type HelpTexts = typeof nb;

const en: HelpTexts = {
  helpTitle: "Møtebot – commands",
  helpIntro: "Type a command to me. In group and meeting chats, mention me first (@Møtebot).",
  helpFooter: "Møtebot keeps attendance, the agenda and the round table, and drafts the minutes.",
  welcomeTitle: "Hi! I'm Møtebot",
  welcomeBody:
    "I help the working group run its meeting: attendance, agenda, round table and draft minutes in seconds. Everything is stored " +
    "safely, so nothing gets lost.",
  welcomeHint: "Type “help” to see what I can do.",
  showHelp: "Show commands",
};

export const helpTexts = (language: Language): HelpTexts => (language === "en" ? en : nb);
