/**
 * Adaptive Card inspection for tests: finding actions anywhere in a card and gathering input values the way the
 * Teams client does when an action is clicked. Re-exported from bot-client.ts.
 */
import { isRecord, recordsOf, stringOf } from "./payloads";

const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/** Keys whose contents are not part of the rendered card: action payloads, fallbacks, the refresh action, templating data. */
const NOT_RENDERED = new Set(["data", "fallback", "refresh", "$data"]);

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!isRecord(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (!NOT_RENDERED.has(key)) walk(value, visit);
}

function elementsOfType(card: Record<string, unknown>, prefix: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  walk(card, (n) => {
    if (stringOf(n.type)?.startsWith(prefix)) found.push(n);
  });
  return found;
}

/** Every action of the card in document order: card.actions, ActionSets at any depth, selectActions, Action.ShowCard cards. */
export function actionsOf(card: Record<string, unknown>): Array<Record<string, unknown>> {
  return elementsOfType(card, "Action.");
}

/** Every Input.* element with an id, at any depth. */
export function inputsOf(card: Record<string, unknown>): Array<Record<string, unknown>> {
  return elementsOfType(card, "Input.").filter((i) => typeof i.id === "string" && i.id !== "");
}

function describeAction(a: Record<string, unknown>): string {
  const verb = stringOf(a.verb);
  return `${stringOf(a.type) ?? "?"} "${stringOf(a.title) ?? ""}"${verb ? ` (verb ${verb})` : ""}`;
}

/**
 * Finds an action by exact title, or else by verb, anywhere in the card. The first match in document order wins.
 * Throws listing the available actions if none matches.
 */
export function findAction(card: Record<string, unknown>, titleOrVerb: string): Record<string, unknown> {
  const actions = actionsOf(card);
  const found = actions.find((a) => a.title === titleOrVerb) ?? actions.find((a) => a.verb === titleOrVerb);
  if (found) return found;
  const available = actions.length ? actions.map((a) => `  - ${describeAction(a)}`).join("\n") : "  (none)";
  throw new Error(`no action titled or with verb "${titleOrVerb}" on the card; available actions:\n${available}`);
}

/** What the client shows for an input before the user touches it (undefined = nothing entered). */
function initialValue(input: Record<string, unknown>): string | undefined {
  if (input.type === "Input.Toggle") {
    const on = stringOf(input.valueOn) ?? "true";
    const off = stringOf(input.valueOff) ?? "false";
    return String(input.value) === on ? on : off;
  }
  const value = input.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * The action's data merged with the card's input values, like Teams: inputs override data keys; values are sent as
 * strings (numbers/booleans given in `overrides` are stringified; other types pass through unchanged); an input whose
 * value is empty or unset is not sent (a same-named key of `data` then stays). `overrides` keys must be input ids of the card.
 */
export function mergedActionData(
  card: Record<string, unknown>,
  action: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const inputs = inputsOf(card);
  const ids = inputs.map((i) => String(i.id));
  const unknownIds = Object.keys(overrides).filter((k) => !ids.includes(k));
  if (unknownIds.length) {
    throw new Error(`inputs ${unknownIds.join(", ")} are not on the card; its inputs are: ${ids.join(", ") || "(none)"}`);
  }
  const merged: Record<string, unknown> = isRecord(action.data) ? { ...action.data } : {};
  for (const input of inputs) {
    const id = String(input.id);
    const given = overrides[id];
    const value = id in overrides ? (typeof given === "number" || typeof given === "boolean" ? String(given) : given) : initialValue(input);
    if (value !== undefined && value !== "") merged[id] = value;
  }
  return merged;
}

/** Adaptive Card attachments (contentType application/vnd.microsoft.card.adaptive) of an activity body */
export function adaptiveCardsOf(activity: Record<string, unknown>): Array<Record<string, unknown>> {
  const cards: Array<Record<string, unknown>> = [];
  for (const attachment of recordsOf(activity.attachments)) {
    if (attachment.contentType !== ADAPTIVE_CARD) continue;
    let content: unknown = attachment.content;
    if (typeof content === "string") {
      try {
        content = JSON.parse(content);
      } catch {
        continue;
      }
    }
    if (isRecord(content)) cards.push(content);
  }
  return cards;
}
