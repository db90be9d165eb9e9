import { literal } from "../../shared/markdown-literal";
import type { Language } from "../../shared/language";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  heading: (name: string) => `Faggruppe: ${name}`,
  linkHeading: "Oppsett av Møtebot",
  facts: { name: "Navn", leaderTitle: "Ledertittel", municipalities: "Kommuner og regioner", chair: "Møteleder", secretary: "Sekretær" },
  none: "–",
  nameLabel: "Navn på faggruppen",
  required: "Navnet kan ikke være tomt",
  leaderTitleLabel: "Ledertittel (f.eks. «leder Næringsgruppen»)",
  municipalitiesLabel: "Kommuner og regioner (én per linje, i referatets rekkefølge)",
  linkIntro: "Denne chatten er ikke koblet til en faggruppe. Velg en faggruppe du har en rolle i, eller opprett en ny.",
  createIntro: "Denne chatten er ikke koblet til en faggruppe. Opprett en ny faggruppe; du blir sekretær.",
  chooseLabel: "Faggruppe",
  link: "Koble til",
  newNameLabel: "Navn på ny faggruppe",
  suggestedName: "Ny faggruppe",
  create: "Opprett ny faggruppe",
  edit: "Rediger",
  save: "Lagre",
  municipalitiesMissing: "Faggruppen har ingen kommuner ennå. Fyll dem inn på kortet (én per linje) og trykk «Lagre».",
  newGroupIntro:
    "Fyll inn gruppens navn, kommunene (én per linje, i referatets rekkefølge) og møteleder, og trykk «Lagre». " +
    "Deretter: «møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›» (i en vanlig chat) og «agenda».",
  becameSecretary: (name: string, group: string) => `${literal(name)} er nå sekretær for «${literal(group, "inline")}».`,
  linked: (group: string) => `Denne chatten er nå koblet til «${literal(group, "inline")}».`,
  saved: "Faggruppen er oppdatert.",
  notAllowed: "Bare møtearrangøren, eller møteleder og sekretær i en faggruppe, kan sette opp Møtebot her.",
  onlyRoleHolders: "Bare møteleder og sekretær i faggruppen kan endre den.",
  anonymous: "Gjester uten organisasjonskonto kan ikke sette opp Møtebot.",
  groupGone: "Fant ikke faggruppen.",
  emptyName: "Navnet kan ikke være tomt.",
  nameTooLong: "Navnet er for langt (høyst 200 tegn).",
  leaderTitleTooLong: "Ledertittelen er for lang (høyst 200 tegn).",
  tooManyMunicipalities: "Høyst 100 kommuner og regioner.",
  municipalityTooLong: "Navnet på en kommune eller region kan ha høyst 100 tegn.",
  sameChairAndSecretary: "Møteleder og sekretær må være to forskjellige personer.",
};

export type SetupTexts = typeof nb;

const en: SetupTexts = {
  heading: (name) => `Working group: ${name}`,
  linkHeading: "Set up Møtebot",
  facts: {
    name: "Name",
    leaderTitle: "Leader title",
    municipalities: "Municipalities and regions",
    chair: "Chair",
    secretary: "Secretary",
  },
  none: "–",
  nameLabel: "Name of the working group",
  required: "The name cannot be empty",
  leaderTitleLabel: "Leader title (e.g. “leder Næringsgruppen”)",
  municipalitiesLabel: "Municipalities and regions (one per line, in the minutes' order)",
  linkIntro: "This chat is not linked to a working group. Choose a group you hold a role in, or create a new one.",
  createIntro: "This chat is not linked to a working group. Create a new group; you become its secretary.",
  chooseLabel: "Working group",
  link: "Link",
  newNameLabel: "Name of the new group",
  suggestedName: "New working group",
  create: "Create new group",
  edit: "Edit",
  save: "Save",
  municipalitiesMissing: "The working group has no municipalities yet. Fill them in on the card (one per line) and press “Save”.",
  newGroupIntro:
    "Fill in the group's name, its municipalities (one per line, in the minutes' order) and the chair, and press “Save”. " +
    "Then: “meeting new ‹title› ‹date› ‹HH:MM-HH:MM›” (in an ordinary chat) and “agenda”.",
  becameSecretary: (name, group) => `${literal(name)} is now the secretary of “${literal(group, "inline")}”.`,
  linked: (group) => `This chat is now linked to “${literal(group, "inline")}”.`,
  saved: "The working group is updated.",
  notAllowed: "Only the meeting organizer, or the chair and secretary of a working group, can set up Møtebot here.",
  onlyRoleHolders: "Only the group's chair and secretary can change it.",
  anonymous: "Guests without an organisation account cannot set up Møtebot.",
  groupGone: "The working group was not found.",
  emptyName: "The name cannot be empty.",
  nameTooLong: "The name is too long (at most 200 characters).",
  leaderTitleTooLong: "The leader title is too long (at most 200 characters).",
  tooManyMunicipalities: "At most 100 municipalities and regions.",
  municipalityTooLong: "A municipality or region name can have at most 100 characters.",
  sameChairAndSecretary: "The chair and the secretary must be two different people.",
};

export function setupTexts(language: Language): SetupTexts {
  return language === "en" ? en : nb;
}
