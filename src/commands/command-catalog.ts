import type { Language } from "../i18n/language";

/**
 * Every command the bot answers, with its Norwegian name, English alias and description.
 * The help card and the Teams app manifest's command list are built from this list.
 */
export const commandCatalog = [
  {
    id: "help",
    names: { nb: "hjelp", en: "help" },
    description: { nb: "Vis hva Møtebot kan gjøre", en: "Show what Møtebot can do" },
  },
] as const satisfies ReadonlyArray<{
  id: string;
  names: Record<Language, string>;
  description: Record<Language, string>;
}>;

export type CommandId = (typeof commandCatalog)[number]["id"];
export type CommandEntry = (typeof commandCatalog)[number];
