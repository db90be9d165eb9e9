import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Logger } from "../logging/logger";
import { OutgoingScheduler } from "../shared/outgoing/outgoing-scheduler";
import type { CallFailure } from "../shared/outgoing/retry-policy";

/** The bot's one way out to Teams (see OutgoingScheduler), reading failures as the Bot Framework SDK throws them. */
export function teamsOutgoing(log: Logger): OutgoingScheduler {
  return new OutgoingScheduler({ log, failureOf: callFailureOf });
}

/**
 * The SDK's connector client throws a RestError: `statusCode`, and the response's headers (`Retry-After`
 * in seconds, or as an HTTP date).
 */
export function callFailureOf(error: unknown): CallFailure {
  if (typeof error !== "object" || error === null) return {};
  const { statusCode, response } = error as { statusCode?: unknown; response?: { headers?: { get?: (name: string) => unknown } } };
  const status = typeof statusCode === "number" ? statusCode : undefined;
  const header = response?.headers?.get?.("retry-after");
  const retryAfterMs = typeof header === "string" ? retryAfterMsOf(header) : undefined;
  return { ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

function retryAfterMsOf(header: string): number | undefined {
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Every message this turn sends (answers, error messages) goes through the scheduler of its
 * conversation. Invoke responses are the HTTP answer, not a call to Teams, and go straight through.
 * Typing indicators (teams-ai starts them when a turn takes over a second) are not sent: each would
 * spend one of the conversation's 7 operations a second that the answer and the shared cards need,
 * and teams-ai's own handler waits for the last one while the answer holds the conversation's turn.
 */
export function scheduleSending(context: TurnContext, outgoing: OutgoingScheduler): void {
  context.onSendActivities(async (turnContext, activities, next) => {
    if (activities.every((a) => a.type === ActivityTypes.Typing)) return activities.map(() => ({ id: "" }));
    const conversationId = turnContext.activity.conversation?.id;
    const callsTeams = activities.some(
      (a) => a.type !== ActivityTypes.InvokeResponse && a.type !== "delay" && a.type !== ActivityTypes.Trace,
    );
    if (!conversationId || !callsTeams) return next();
    return outgoing.message(conversationId, next);
  });
}
