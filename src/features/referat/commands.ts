import { referatTexts } from "./texts";
import { text, type Reply } from "../../shared/replies";
import type { CommandRoute } from "../../shared/routes";
import type { Turn } from "../../shared/turn";
import { approveReferat } from "./approve-referat";
import { draftReferat } from "./draft-referat";

const APPROVE_WORDS = new Set(["godkjenn", "godkjent", "approve", "approved"]);

/** `referat` (a draft), `referat godkjenn` (the chair locks the newest version). */
async function referatCommand(turn: Turn, args: string): Promise<Reply[]> {
  const word = args.trim().toLocaleLowerCase("nb");
  if (word === "") return draftReferat(turn);
  if (APPROVE_WORDS.has(word)) return approveReferat(turn);
  return [text(referatTexts(turn.conversation.language).usage)];
}

/** `referat` / `minutes`, and `referat godkjenn`. */
export const referatCommands = {
  referat: {
    id: "referat",
    menu: true,
    names: { nb: "referat", en: "minutes" },
    description: {
      nb: "Utkast til referat (Markdown og Word); «referat godkjenn» låser det",
      en: "Draft minutes (Markdown and Word); “minutes approve” locks them",
    },
    handle: referatCommand,
  },
} satisfies Record<string, CommandRoute>;
