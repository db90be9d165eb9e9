import assert from "node:assert/strict";
import { adaptiveCardsOf, type ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { isRecord, stringOf } from "../../scripts/replay/payloads";

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (isRecord(node)) {
    visit(node);
    for (const [key, value] of Object.entries(node)) if (key !== "data" && key !== "refresh") walk(value, visit);
  }
}

/** The texts of a card's TextBlocks, in document order. */
export function textBlocksOf(card: Record<string, unknown>): string[] {
  const texts: string[] = [];
  walk(card, (n) => {
    if (n.type === "TextBlock") texts.push(stringOf(n.text) ?? "");
  });
  return texts;
}

/** Every fact of the card's FactSets, title → value. */
export function factsOf(card: Record<string, unknown>): Map<string, string> {
  const facts = new Map<string, string>();
  walk(card, (n) => {
    if (n.type !== "FactSet" || !Array.isArray(n.facts)) return;
    for (const fact of n.facts) if (isRecord(fact)) facts.set(stringOf(fact.title) ?? "", stringOf(fact.value) ?? "");
  });
  return facts;
}

/** The card of the last update (or the post) the stand-in recorded for one message: what everyone in the chat sees. */
export function lastRecordedCard(standIn: ConnectorStandIn, conversationId: string, activityId: string): Record<string, unknown> {
  const last = standIn
    .recorded(conversationId)
    .filter((a) => a.activityId === activityId && a.operation !== "delete")
    .at(-1);
  const card = last && adaptiveCardsOf(last.activity)[0];
  assert.ok(card, `no card recorded for message ${activityId}`);
  return card;
}
