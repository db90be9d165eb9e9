/**
 * Talking to the bot over HTTP the way Teams does, and "clicking" Adaptive Card actions the bot sent to the stand-in.
 */
import { cardInvoke, cardSubmit, type BuildOptions } from "./activities";
import { mergedActionData, findAction } from "./cards";
import { adaptiveCardsOf, type ConnectorStandIn } from "./connector-standin";
import { isRecord, stringOf } from "./payloads";

export { findAction, actionsOf, inputsOf, mergedActionData } from "./cards";

export interface HttpResult {
  status: number;
  body: unknown;
  text: string;
  /** Response headers, lower-case names (absent where a result is built by hand). */
  headers?: Record<string, string>;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

async function request(url: string, init: RequestInit): Promise<HttpResult> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (err) {
    const cause = err instanceof Error && err.cause !== undefined ? ` (${String(err.cause)})` : "";
    throw new Error(`${init.method ?? "GET"} ${url} failed: ${String(err)}${cause}`);
  }
  const text = await response.text();
  let body: unknown;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, body, text, headers: Object.fromEntries(response.headers) };
}

/** POST {botUrl}/api/messages with the activity as JSON. `body` is the parsed response if it is JSON, else undefined. */
export async function postActivity(
  botUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  return request(joinUrl(botUrl, "api/messages"), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
}

/** POST an arbitrary body to {botUrl}{path}; content-type defaults to application/json. */
export async function postRaw(
  botUrl: string,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === "content-type");
  return request(joinUrl(botUrl, path), {
    method: "POST",
    headers: hasContentType ? headers : { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
  });
}

export async function getJson(url: string): Promise<HttpResult> {
  return request(url, { method: "GET", headers: { accept: "application/json" } });
}

/** The Adaptive Card the bot last sent or updated in the conversation (latest state of the most recent message carrying one). */
export function lastCard(standIn: ConnectorStandIn, conversationId: string): { activityId: string; card: Record<string, unknown> } {
  const messages = standIn.messages(conversationId);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const card = message ? adaptiveCardsOf(message.activity)[0] : undefined;
    if (message && card) return { activityId: message.activityId, card };
  }
  const seen = messages.map(
    (m) => `  - ${m.activityId}: ${stringOf(m.activity.type) ?? "?"} "${(stringOf(m.activity.text) ?? "").slice(0, 60)}"`,
  );
  throw new Error(
    `no Adaptive Card among the ${messages.length} current message(s) in ${conversationId}${seen.length ? `:\n${seen.join("\n")}` : ""}`,
  );
}

/** The card of a specific message (its latest state). */
function cardOf(standIn: ConnectorStandIn, conversationId: string, activityId: string): Record<string, unknown> {
  const message = standIn.messages(conversationId).find((m) => m.activityId === activityId);
  const card = message ? adaptiveCardsOf(message.activity)[0] : undefined;
  if (!card) throw new Error(`message ${activityId} in ${conversationId} does not exist (or was deleted) or carries no Adaptive Card`);
  return card;
}

/**
 * "Clicks" an action the way Teams does: Action.Execute → invoke adaptiveCard/action (value.action = {type,title,verb,data},
 * data = the action's data merged with the card's input values, trigger 'manual', replyToId = the card's activity id);
 * Action.Submit → message with value = merged data and no text. Returns the bot's HTTP response.
 * `activityId` (an addition) picks a specific card message instead of the latest one. `card` clicks a card the
 * user sees but the chat does not hold (a user-specific view from an invoke response) on message `activityId`.
 */
export async function click(o: ClickOptions & { botUrl: string }): Promise<HttpResult> {
  return postActivity(o.botUrl, clickActivity(o));
}

export interface ClickOptions {
  standIn: ConnectorStandIn;
  build: BuildOptions;
  action: string;
  inputs?: Record<string, unknown>;
  conversationId?: string;
  activityId?: string;
  card?: Record<string, unknown>;
}

/** The activity Teams sends for a click (see click), for a caller that delivers it itself. */
export function clickActivity(o: ClickOptions): Record<string, unknown> {
  const conversationId = o.conversationId ?? o.build.chat.conversationId;
  const { activityId, card } = o.card
    ? { activityId: o.activityId ?? lastCard(o.standIn, conversationId).activityId, card: o.card }
    : o.activityId === undefined
      ? lastCard(o.standIn, conversationId)
      : { activityId: o.activityId, card: cardOf(o.standIn, conversationId, o.activityId) };
  const action = findAction(card, o.action);
  const data = mergedActionData(card, action, o.inputs);
  const build: BuildOptions = { ...o.build, chat: { ...o.build.chat, conversationId } };

  let activity: Record<string, unknown>;
  if (action.type === "Action.Execute") {
    const title = stringOf(action.title);
    const verb = stringOf(action.verb);
    activity = cardInvoke({
      ...build,
      verb: verb ?? "",
      data,
      ...(title === undefined ? {} : { title }),
      replyToId: activityId,
      trigger: "manual",
    });
    const value = activity.value;
    // Teams omits a verb the card did not define.
    if (verb === undefined && isRecord(value) && isRecord(value.action)) delete value.action.verb;
  } else if (action.type === "Action.Submit") {
    if (action.data !== undefined && !isRecord(action.data)) {
      throw new Error(`click: Action.Submit "${stringOf(action.title) ?? ""}" has non-object data; build that message by hand`);
    }
    if (isRecord(action.data) && "msteams" in action.data) {
      throw new Error(
        `click: Action.Submit "${stringOf(action.title) ?? ""}" uses msteams (messageBack/imBack/…); build that activity by hand`,
      );
    }
    activity = cardSubmit({ ...build, value: data, replyToId: activityId });
  } else {
    throw new Error(`click: ${stringOf(action.type) ?? "?"} "${stringOf(action.title) ?? ""}" does not send anything to the bot`);
  }
  return activity;
}
