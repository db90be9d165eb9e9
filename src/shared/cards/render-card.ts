import * as ACData from "adaptivecards-templating";

export type AdaptiveCard = Record<string, unknown> & { type: "AdaptiveCard" };

/** A card template: the JSON of a `cards/<feature>/<name>.card.json` file, imported by the feature that binds it. */
export type CardTemplate = object;

const parsed = new WeakMap<CardTemplate, ACData.Template>();

/**
 * Binds a template to `data`. Templates are parsed once and reused. Only the template's own
 * `${…}` are expressions: bound strings are inserted as they are, so `${…}` typed by users stays text.
 */
export function renderCard(template: CardTemplate, data: object): AdaptiveCard {
  let bound = parsed.get(template);
  if (!bound) {
    bound = new ACData.Template(template);
    parsed.set(template, bound);
  }
  const card: unknown = bound.expand({ $root: data });
  if (card === null || typeof card !== "object" || (card as { type?: unknown }).type !== "AdaptiveCard") {
    throw new Error("Card template did not produce an AdaptiveCard");
  }
  return card as AdaptiveCard;
}
