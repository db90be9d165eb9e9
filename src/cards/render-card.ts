import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ACData from "adaptivecards-templating";

export type AdaptiveCard = Record<string, unknown> & { type: "AdaptiveCard" };

/** The templates under `cards/` (one JSON file each, with `<name>.sample.json` beside it). */
export const cardsFolder = resolve(__dirname, "../../cards");

const templates = new Map<string, ACData.Template>();

/**
 * Binds `cards/<name>.json` to `data`. Templates are parsed once and reused. Only the template's own
 * `${…}` are expressions: bound strings are inserted as they are, so `${…}` typed by users stays text.
 */
export function renderCard(name: string, data: object): AdaptiveCard {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(join(cardsFolder, `${name}.json`), "utf8")));
    templates.set(name, template);
  }
  const card: unknown = template.expand({ $root: data });
  if (card === null || typeof card !== "object" || (card as { type?: unknown }).type !== "AdaptiveCard") {
    throw new Error(`Card template ${name} did not produce an AdaptiveCard`);
  }
  return card as AdaptiveCard;
}
