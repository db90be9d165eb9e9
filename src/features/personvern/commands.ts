import { text, type Reply } from "../../shared/replies";
import { namesSomething } from "../../shared/text/clean-text";
import { correctCommand } from "./correct-command";
import { eraseCommand } from "./erase-command";
import { innsynCommand } from "./innsyn-command";
import { retentionStatus } from "./retention-status";
import type { CommandRoute, Turn } from "./services";
import { personvernTexts } from "./texts";

const MAX_NAME = 200;

/**
 * `personvern innsyn|slett|rett …`, in the secretary's 1:1 chat with the bot. In a group chat every
 * form is refused: the names, links and counts are for the secretariat alone.
 */
async function personvernCommand(turn: Turn, args: string): Promise<Reply[]> {
  const texts = personvernTexts(turn.conversation.language);
  if (turn.conversation.kind !== "personal") return [text(texts.onlyPersonal)];
  if (args.trim() === "") return retentionStatus(turn);
  const asked = /^(innsyn|access|slett|erase|rett|correct)\s+(.+)$/i.exec(args.trim());
  const tool = asked?.[1]?.toLowerCase() ?? "";
  const rest = asked?.[2]?.trim() ?? "";
  if (!asked || !namesSomething(rest) || rest.length > MAX_NAME * 2) return [text(texts.usage)];
  if (tool === "rett" || tool === "correct") return correctCommand(turn, rest);
  if (rest.length > MAX_NAME) return [text(texts.usage)];
  return tool === "slett" || tool === "erase" ? eraseCommand(turn, rest) : innsynCommand(turn, rest);
}

/** `personvern` / `privacy`. */
export const personvernCommands = {
  personvern: {
    id: "personvern",
    menu: false,
    names: { nb: "personvern", en: "privacy" },
    description: {
      nb: "I 1:1-chat, for sekretæren: «personvern innsyn ‹navn›», «personvern slett ‹navn›», «personvern rett ‹navn› til ‹nytt navn›»",
      en: "In a 1:1 chat, for the secretary: “privacy access ‹name›”, “privacy erase ‹name›”, “privacy correct ‹name› to ‹new name›”",
    },
    handle: personvernCommand,
  },
} satisfies Record<string, CommandRoute>;
