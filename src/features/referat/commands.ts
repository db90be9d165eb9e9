import { referatTexts } from "./texts";
import { text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { approveReferat } from "./approve-referat";
import { draftReferat } from "./draft-referat";
import { archiveCommand } from "./archive";

const APPROVE_WORDS = new Set(["godkjenn", "godkjent", "approve", "approved"]);
const ARCHIVE_WORDS = new Set(["arkiv", "archive"]);

/** `referat` (a draft), `referat godkjenn` (the chair locks the newest version), `referat arkiv` (the group's archive). */
async function referatCommand(turn: Turn, args: string): Promise<Reply[]> {
  const word = args.trim().toLocaleLowerCase("nb");
  if (word === "") return draftReferat(turn);
  if (APPROVE_WORDS.has(word)) return approveReferat(turn);
  if (ARCHIVE_WORDS.has(word)) return archiveCommand(turn);
  return [text(referatTexts(turn.conversation.language).usage)];
}

/** `referat` / `minutes`, and `referat godkjenn`. */
export const referatCommands = {
  referat: {
    id: "referat",
    menu: true,
    names: { nb: "referat", en: "minutes" },
    description: {
      nb: "Utkast til referat for møteleder og sekretær; «referat godkjenn» publiserer det; «referat arkiv» viser referatene",
      en: "Draft minutes for the chair and secretary; “minutes approve” publishes them; “minutes archive” lists the group's minutes",
    },
    handle: referatCommand,
  },
} satisfies Record<string, CommandRoute>;
