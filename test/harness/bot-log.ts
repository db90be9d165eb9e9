/** The bot process's log as pino writes it: one JSON object per line. */
import type { BotProcess } from "../../scripts/replay/bot-process";

export type LogLine = Record<string, unknown> & { level?: number; msg?: string };

export function isJsonObjectLine(line: string): boolean {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** Output lines that are not a JSON object (a library printing on its own, a stack trace…). */
export function nonJsonLines(bot: BotProcess): string[] {
  return outputLines(bot).filter((line) => !isJsonObjectLine(line));
}

export function outputLines(bot: BotProcess): string[] {
  return bot
    .output()
    .split("\n")
    .filter((line) => line.trim() !== "");
}

export function logLines(bot: BotProcess): LogLine[] {
  return outputLines(bot)
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The process writes its log asynchronously to the pipe: a line can arrive after the HTTP answer. */
export async function waitForLog(bot: BotProcess, matches: (line: LogLine) => boolean, timeoutMs = 5000): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = logLines(bot).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching log line within ${timeoutMs} ms:\n${bot.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
