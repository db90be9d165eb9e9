import { text, type Reply } from "../shared/replies";
import { textsFor } from "../shared/texts";
import type { Turn } from "../shared/turn";
import { parseCommand } from "./parse-command";

/** A typed command (mention already stripped): the route its first word names. */
export async function dispatchCommand(commandText: string, turn: Turn): Promise<Reply[]> {
  const texts = textsFor(turn.conversation.language);
  const command = parseCommand(commandText);
  if (command.kind === "empty") return [text(texts.emptyCommand)];
  if (command.kind === "unknown") return [text(texts.unknownCommand(command.word))];
  return command.route.handle(turn, command.args);
}
