import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured logs. Message text, card inputs and secrets never go to the log: only ids,
 * activity types and outcomes are logged, and known secret fields are redacted as a safety net.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "motebot" },
    redact: {
      paths: ["*.text", "*.value", "*.MicrosoftAppPassword", "*.COSMOS_KEY", "*.key", "*.authorization", "req.headers.authorization"],
      censor: "[redacted]",
    },
  });
}
