import type { IncomingActivity } from "./incoming-activity";

const mentionEntity = (entity: Record<string, unknown>): { text?: string; mentionedId?: string } => {
  const mentioned = entity.mentioned as { id?: unknown } | undefined;
  return {
    text: typeof entity.text === "string" ? entity.text : undefined,
    mentionedId: typeof mentioned?.id === "string" ? mentioned.id : undefined,
  };
};

/**
 * The text a user typed to the bot, without the bot's @mention. Teams puts `<at>Name</at>`
 * into `text` and the same string into the mention entity; only the first mention of the bot
 * is removed (as botbuilder does), and `&nbsp;` and runs of white space become one space.
 */
export function commandText(activity: Pick<IncomingActivity, "text" | "entities" | "recipient">): string {
  let text = activity.text ?? "";
  const botMention = (activity.entities ?? [])
    .filter((entity) => entity.type === "mention")
    .map(mentionEntity)
    .find((mention) => mention.mentionedId === activity.recipient.id && mention.text);
  if (botMention?.text && text.includes(botMention.text)) {
    text = text.replace(botMention.text, " ");
  } else if (botMention) {
    // Some clients write the entity text differently (`<at>@Name</at>`): drop a leading tag.
    text = text.replace(/^\s*<at>[^<]*<\/at>/i, " ");
  }
  return text
    .replace(/&nbsp;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
