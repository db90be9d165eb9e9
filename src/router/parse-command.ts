import type { CommandRoute } from "../shared/routes";
import { commandRoutes } from "./route-table";

export type ParsedCommand = { kind: "empty" } | { kind: "known"; route: CommandRoute; args: string } | { kind: "unknown"; word: string };

const byName = new Map<string, CommandRoute>(
  commandRoutes.flatMap((route) => [
    [route.names.nb, route],
    [route.names.en, route],
  ]),
);

/** The first word names the command (Norwegian or English, any case); the rest are its arguments. */
export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const [word = "", ...rest] = trimmed.split(" ");
  const route = byName.get(word.toLocaleLowerCase("nb"));
  return route ? { kind: "known", route, args: rest.join(" ") } : { kind: "unknown", word };
}
