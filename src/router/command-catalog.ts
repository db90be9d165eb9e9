import type { Language } from "../shared/language";

/**
 * Every command the bot answers, with its Norwegian name, English alias and description.
 * The help card lists them all. `menu`: in the Teams command menu (appPackage/manifest.json).
 * Teams allows 10 per menu; the five left out are also buttons on the meeting card
 * (forrige, sak, notat, vedtak) and the check-in card's "Administrer" (forfall).
 */
export const commandCatalog = [
  { id: "help", menu: true, names: { nb: "hjelp", en: "help" }, description: { nb: "Vis hva Møtebot kan gjøre", en: "Show what Møtebot can do" } },
  {
    id: "setup",
    menu: true,
    names: { nb: "oppsett", en: "setup" },
    description: { nb: "Vis og endre faggruppen: navn, kommuner, møteleder og sekretær", en: "Show and change the working group" },
  },
  {
    id: "meeting",
    menu: true,
    names: { nb: "møte", en: "meeting" },
    description: { nb: "møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›: nytt møte i en vanlig chat", en: "meeting new ‹title› ‹date› ‹HH:MM-HH:MM›" },
  },
  { id: "agenda", menu: true, names: { nb: "agenda", en: "agenda" }, description: { nb: "Vis og rediger dagsordenen", en: "Show and edit the agenda" } },
  {
    id: "attendance",
    menu: true,
    names: { nb: "oppmøte", en: "attendance" },
    description: { nb: "Oppmøtekortet; «oppmøte legg til ‹navn› [kommune]», «oppmøte fjern ‹navn›»", en: "The check-in card; “attendance add ‹name› [municipality]”, “attendance remove ‹name›”" },
  },
  {
    id: "absent",
    menu: false,
    names: { nb: "forfall", en: "absent" },
    description: { nb: "forfall ‹navn›, [grunn]: meld forfall for noen", en: "absent ‹name›, [reason]: record apologies" },
  },
  {
    id: "roundtable",
    menu: true,
    names: { nb: "rundebord", en: "roundtable" },
    description: { nb: "rundebord [tema]: åpne runde rundt bordet; «rundebord lukk», «rundebord påminn»", en: "roundtable [topic]: open the round table; “roundtable close”, “roundtable remind”" },
  },
  { id: "start", menu: true, names: { nb: "start", en: "start" }, description: { nb: "Start møtet og vis møtekortet", en: "Start the meeting and show the meeting card" } },
  { id: "next", menu: true, names: { nb: "neste", en: "next" }, description: { nb: "Gå til neste sak", en: "Go to the next item" } },
  { id: "previous", menu: false, names: { nb: "forrige", en: "previous" }, description: { nb: "Gå tilbake til forrige sak", en: "Go back to the previous item" } },
  { id: "item", menu: false, names: { nb: "sak", en: "item" }, description: { nb: "sak ‹nummer›: gå til en sak", en: "item ‹number›: go to an item" } },
  { id: "note", menu: false, names: { nb: "notat", en: "note" }, description: { nb: "notat ‹tekst›: notat til saken", en: "note ‹text›: note on the current item" } },
  { id: "decision", menu: false, names: { nb: "vedtak", en: "decision" }, description: { nb: "vedtak ‹tekst›: vedtak i saken", en: "decision ‹text›: decision on the current item" } },
  { id: "end", menu: true, names: { nb: "avslutt", en: "end" }, description: { nb: "Avslutt møtet", en: "End the meeting" } },
  {
    id: "referat",
    menu: true,
    names: { nb: "referat", en: "minutes" },
    description: { nb: "Utkast til referat (Markdown og Word); «referat godkjenn» låser det", en: "Draft minutes (Markdown and Word); “minutes approve” locks them" },
  },
] as const satisfies ReadonlyArray<{
  id: string;
  menu: boolean;
  names: Record<Language, string>;
  description: Record<Language, string>;
}>;

export type CommandId = (typeof commandCatalog)[number]["id"];
export type CommandEntry = (typeof commandCatalog)[number];
