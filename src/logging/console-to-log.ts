import { format } from "node:util";
import type { Logger } from "pino";

const MAX_CHARS = 200;

/**
 * Libraries write to the console (botbuilder prints rejected tokens' errors and the signing keys
 * with console.error). Their lines go through the logger instead, so every line stays one JSON
 * object — first line only and shortened, since what a library prints is not ours to vet.
 */
export function routeConsoleToLog(log: Logger): void {
  const route =
    (level: "warn" | "info" | "debug", method: string) =>
    (...args: unknown[]) => {
      const firstLine = format(...args).split("\n")[0] ?? "";
      log[level]({ source: `console.${method}` }, firstLine.length > MAX_CHARS ? `${firstLine.slice(0, MAX_CHARS)}…` : firstLine);
    };
  console.error = route("warn", "error");
  console.warn = route("warn", "warn");
  console.log = route("info", "log");
  console.info = route("info", "info");
  console.debug = route("debug", "debug");
}
