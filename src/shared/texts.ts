import { literal } from "./markdown-literal";
import type { Language } from "./language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  helpTitle: "Møtebot – kommandoer",
  helpIntro: "Skriv en kommando til meg. I gruppe- og møtechatter: nevn meg først (@Møtebot).",
  helpFooter: "Møtebot fører oppmøte, dagsorden, runde rundt bordet og lager utkast til referat.",
  welcomeTitle: "Hei! Jeg er Møtebot",
  welcomeBody:
    "Jeg hjelper faggruppen med møtet: oppmøte, dagsorden, runde rundt bordet og et utkast til referat på sekunder. Alt lagres trygt, slik at ingenting går tapt.",
  welcomeHint: "Skriv «hjelp» for å se hva jeg kan.",
  showHelp: "Vis kommandoer",
  unknownCommand: (word: string) => `Jeg kjenner ikke kommandoen «${literal(word)}». Skriv «hjelp» for å se hva jeg kan.`,
  emptyCommand: "Skriv «hjelp» for å se hva jeg kan.",
  unknownAction: "Denne knappen er ikke i bruk lenger. Skriv «hjelp» for å se hva jeg kan.",
  storageDown: "Beklager, jeg får ikke kontakt med lagringen akkurat nå, så det du nettopp gjorde, er kanskje ikke lagret. Prøv igjen om litt – det som alt var lagret, er trygt.",
  internalError: "Beklager, noe gikk galt. Prøv igjen om litt.",
  tenantNotAllowed: "Møtebot er ikke tilgjengelig for organisasjonen din.",
};

export type Texts = typeof nb;

const en: Texts = {
  helpTitle: "Møtebot – commands",
  helpIntro: "Type a command to me. In group and meeting chats, mention me first (@Møtebot).",
  helpFooter: "Møtebot keeps attendance, the agenda and the round table, and drafts the minutes.",
  welcomeTitle: "Hi! I'm Møtebot",
  welcomeBody:
    "I help the working group run its meeting: attendance, agenda, round table and draft minutes in seconds. Everything is stored safely, so nothing gets lost.",
  welcomeHint: "Type “help” to see what I can do.",
  showHelp: "Show commands",
  unknownCommand: (word: string) => `I don't know the command “${literal(word)}”. Type “help” to see what I can do.`,
  emptyCommand: "Type “help” to see what I can do.",
  unknownAction: "This button is no longer in use. Type “help” to see what I can do.",
  storageDown: "Sorry, I can't reach storage right now, so what you just did may not have been saved. Please try again shortly – what was saved before is safe.",
  internalError: "Sorry, something went wrong. Please try again shortly.",
  tenantNotAllowed: "Møtebot is not available to your organisation.",
};

const byLanguage: Record<Language, Texts> = { nb, en };

export function textsFor(language: Language): Texts {
  return byLanguage[language];
}
