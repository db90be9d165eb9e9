import type { AdaptiveCard } from "./cards/render-card";

/** What the bot says in the conversation; the Teams edge turns these into activities. */
export type Reply =
  | {
      kind: "text";
      text: string;
      mentions?: Array<{ id: string; name: string }>;
      /** Shown under the text in the same message (its buttons), e.g. a reminder's "Send inn". */
      card?: AdaptiveCard;
    }
  | { kind: "card"; card: AdaptiveCard };

/** The answer to a card click (an `adaptiveCard/action` invoke). */
export type CardActionResult =
  | { kind: "card"; card: AdaptiveCard }
  | { kind: "message"; text: string }
  | { kind: "error"; status: 400 | 403 | 404 | 409 | 412 | 500 | 503; code: string; message: string };

export const text = (value: string): Reply => ({ kind: "text", text: value });
export const card = (value: AdaptiveCard): Reply => ({ kind: "card", card: value });
