import { ConfigurationBotFrameworkAuthentication, type Activity } from "botbuilder";
import type { BotAuth } from "../config/load-config";
import { botFrameworkConfig } from "./create-adapter";

export type Authentication = { ok: true } | { ok: false; reason: string };

/** Checks the Bot Connector's token on a request before anything else looks at the activity. */
export type RequestAuthenticator = (activity: Record<string, unknown>, authorization: string | undefined) => Promise<Authentication>;

/**
 * The same validation botbuilder runs inside `adapter.process` (which repeats it), done first so that
 * every failure is a 401: botbuilder answers 500 when the JWT library itself rejects a token (a forged
 * signature, a wrong algorithm), and the tenant check must only ever see authenticated activities.
 */
export function createRequestAuthenticator(auth: BotAuth): RequestAuthenticator {
  if (!auth.enabled) return async () => ({ ok: true });
  const botFramework = new ConfigurationBotFrameworkAuthentication(botFrameworkConfig(auth));
  return async (activity, authorization) => {
    try {
      await botFramework.authenticateRequest(activity as Partial<Activity> as Activity, authorization ?? "");
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };
}
