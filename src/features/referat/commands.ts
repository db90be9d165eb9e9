import { referatTexts } from "./texts";
import { text, type Reply } from "../../shared/replies";
import type { Turn } from "../../shared/turn";
import { approveReferat } from "./approve-referat";
import { draftReferat } from "./draft-referat";

const APPROVE_WORDS = new Set(["godkjenn", "godkjent", "approve", "approved"]);

/** `referat` (a draft), `referat godkjenn` (the chair locks the newest version). */
export async function referatCommand(turn: Turn, args: string): Promise<Reply[]> {
  const word = args.trim().toLocaleLowerCase("nb");
  if (word === "") return draftReferat(turn);
  if (APPROVE_WORDS.has(word)) return approveReferat(turn);
  return [text(referatTexts(turn.conversation.language).usage)];
}
