import { card } from "../../shared/replies";
import { cardAction, type CardActionRoute, type CommandRoute } from "./services";
import { z } from "zod";
import { helpCard } from "./help-card";

/** The command list is given by the router, which knows every feature's commands. */
type Catalog = () => readonly CommandRoute[];

/** `hjelp` / `help`: the help card. */
export const helpCommand = (catalog: Catalog): CommandRoute => ({
  id: "help",
  menu: true,
  names: { nb: "hjelp", en: "help" },
  description: { nb: "Vis hva Møtebot kan gjøre", en: "Show what Møtebot can do" },
  handle: async (turn) => [card(helpCard(turn.conversation.language, catalog()))],
});

/** "Vis kommandoer" on the welcome card. */
export const helpCardActions = (catalog: Catalog): CardActionRoute[] => [
  cardAction({
    verb: "help.show",
    schema: z.object({}),
    answerForEveryone: true,
    handle: async ({ turn }) => ({ kind: "card", card: helpCard(turn.conversation.language, catalog()) }),
  }),
];
