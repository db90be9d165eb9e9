import type { Language } from "../../shared/language";

const nb = {
  usage: "Skriv «personvern innsyn ‹navn›» til Møtebot i en 1:1-chat.",
  onlyPersonal:
    "Personvern-verktøyene brukes i en 1:1-chat med Møtebot, så navnet og lenkene ikke vises for andre. " +
    "Åpne en chat med Møtebot og skriv kommandoen der.",
  notSecretary: "Bare sekretæren eller møtelederen i en faggruppe kan be om innsyn for den faggruppen.",
  nobody: (name: string) => `Fant ingen lagrede opplysninger om «${name}» i faggruppene dine.`,
  ready: (name: string, groups: string, json: string, docx: string) =>
    `Innsyn for ${name} i ${groups}: alt som er lagret, som ${json}, og en lesbar oversikt i ${docx}. ` +
    "Lenkene virker i 24 timer; innholdet hentes på nytt når de åpnes.",
};

export type PersonvernTexts = typeof nb;

const en: PersonvernTexts = {
  usage: "Type “privacy access ‹name›” to Møtebot in a 1:1 chat.",
  onlyPersonal:
    "The privacy tools are used in a 1:1 chat with Møtebot, so that the name and the links are not shown to others. " +
    "Open a chat with Møtebot and type the command there.",
  notSecretary: "Only a working group's secretary or chair can request access for that group.",
  nobody: (name) => `Found nothing stored about “${name}” in your working groups.`,
  ready: (name, groups, json, docx) =>
    `Access for ${name} in ${groups}: everything stored, as ${json}, and a readable summary in ${docx}. ` +
    "The links work for 24 hours; the content is collected afresh when they are opened.",
};

export const personvernTexts = (language: Language): PersonvernTexts => (language === "en" ? en : nb);
