import { CardFactory, MessageFactory, type Activity, type TurnContext } from "botbuilder";
import type { Reply } from "../shared/replies";
import { mentionTag } from "../shared/markdown-literal";

/** Mentions become Teams mention entities; their `<at>Name</at>` text (`mentionTag`) is already in the message. */
export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === "card") return MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  const activity = reply.card
    ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text)
    : MessageFactory.text(reply.text);
  if (reply.mentions?.length) {
    activity.entities = reply.mentions.map((person) => ({
      type: "mention",
      text: mentionTag(person.name),
      mentioned: { id: person.id, name: person.name },
    }));
  }
  return activity;
}

/**
 * Sent in order; each becomes a reply in the conversation the activity came from. One call each:
 * every message is one operation for Teams' rate limits, and the scheduler counts it as one.
 */
export async function sendReplies(context: TurnContext, replies: Reply[]): Promise<void> {
  for (const reply of replies) await context.sendActivity(toActivity(reply));
}
