import { literal } from "./markdown-literal";
import { shortenText } from "./text/shorten-text";
import type { Language } from "./language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

/** A word the user typed, echoed back: at most 40 characters (a pasted page must not make the answer too big for Teams). */
const echoed = (word: string): string => literal(shortenText(word, 40), "inline");

const nb = {
  unknownCommand: (word: string) => `Jeg kjenner ikke kommandoen «${echoed(word)}». Skriv «hjelp» for å se hva jeg kan.`,
  emptyCommand: "Skriv «hjelp» for å se hva jeg kan.",
  unknownAction: "Denne knappen er ikke i bruk lenger. Skriv «hjelp» for å se hva jeg kan.",
  storageDown:
    "Beklager, jeg får ikke kontakt med lagringen akkurat nå, så det du nettopp gjorde, er kanskje ikke lagret. Prøv igjen om litt – " +
    "det som alt var lagret, er trygt.",
  internalError: "Beklager, noe gikk galt. Prøv igjen om litt.",
  tenantNotAllowed: "Møtebot er ikke tilgjengelig for organisasjonen din.",
  busy: "Møtebot har svært mye å gjøre akkurat nå. Prøv igjen om et øyeblikk.",
  onlyLeaders: "Bare møteleder og sekretær kan gjøre dette.",
  /** The one button, on every shared card, that shows the chair's and secretary's own view where Teams does not by itself. */
  leaderView: "Vis for møteleder og sekretær",
  submitNeedsNewerTeams:
    "Denne versjonen av Teams kan ikke vise svaret på knappen. Oppdater Teams (eller bruk Teams på nett), " +
    "eller skriv kommandoen i chatten.",
  setupFirst: "Møtet er ikke koblet til en faggruppe ennå. Skriv «oppsett» først.",
  noMeeting: "Det finnes ikke noe møte i denne chatten ennå. Skriv «møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›».",
};

export type Texts = typeof nb;

const en: Texts = {
  unknownCommand: (word: string) => `I don't know the command “${echoed(word)}”. Type “help” to see what I can do.`,
  emptyCommand: "Type “help” to see what I can do.",
  unknownAction: "This button is no longer in use. Type “help” to see what I can do.",
  storageDown:
    "Sorry, I can't reach storage right now, so what you just did may not have been saved. Please try again shortly – what was saved " +
    "before is safe.",
  internalError: "Sorry, something went wrong. Please try again shortly.",
  tenantNotAllowed: "Møtebot is not available to your organisation.",
  busy: "Møtebot is very busy right now. Please try again in a moment.",
  onlyLeaders: "Only the chair and the secretary can do this.",
  leaderView: "Show for the chair and secretary",
  submitNeedsNewerTeams:
    "This version of Teams cannot show the button's answer. Update Teams (or use Teams on the web), or type the command.",
  setupFirst: "This meeting is not linked to a working group yet. Type “setup” first.",
  noMeeting: "There is no meeting in this chat yet. Type “meeting new ‹title› ‹date› ‹HH:MM-HH:MM›”.",
};

const byLanguage: Record<Language, Texts> = { nb, en };

export function textsFor(language: Language): Texts {
  return byLanguage[language];
}
