import { text, type Reply } from "../shared/replies";
import { textsFor } from "../shared/texts";
import type { Turn } from "../shared/turn";
import type { AppServices } from "./app-services";
import { parseCommand } from "./parse-command";

/** A typed command (mention already stripped): the route its first word names. */
export async function dispatchCommand(commandText: string, turn: Turn<AppServices>): Promise<Reply[]> {
  const texts = textsFor(turn.conversation.language);
  const command = parseCommand(commandText);
  if (command.kind === "empty") return [text(texts.emptyCommand)];
  if (command.kind === "unknown") return [text(texts.unknownCommand(command.word))];
  return command.route.handle(turn, command.args);
}
