import { commandCatalog, type CommandId } from "./command-catalog";

export type ParsedCommand =
  | { kind: "empty" }
  | { kind: "known"; id: CommandId; args: string }
  | { kind: "unknown"; word: string };

const byName = new Map<string, CommandId>(
  commandCatalog.flatMap((command) => [
    [command.names.nb, command.id],
    [command.names.en, command.id],
  ]),
);

/** The first word names the command (Norwegian or English, any case); the rest are its arguments. */
export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const [word = "", ...rest] = trimmed.split(" ");
  const id = byName.get(word.toLocaleLowerCase("nb"));
  return id ? { kind: "known", id, args: rest.join(" ") } : { kind: "unknown", word };
}
