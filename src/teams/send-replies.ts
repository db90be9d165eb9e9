import { CardFactory, MessageFactory, type Activity, type TurnContext } from "botbuilder";
import type { Reply } from "../bot/replies";

export function toActivity(reply: Reply): Partial<Activity> {
  return reply.kind === "text"
    ? MessageFactory.text(reply.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
}

/** Sent in order; each becomes a reply in the conversation the activity came from. */
export async function sendReplies(context: TurnContext, replies: Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map(toActivity));
}
