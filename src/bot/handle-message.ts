import { helpCard } from "../cards/help-card";
import type { ConversationInfo } from "../activities/conversation-info";
import { parseCommand } from "../commands/parse-command";
import { textsFor } from "../i18n/texts";
import type { BotServices } from "./bot-services";
import { card, text, type Reply } from "./replies";

/** A typed command (mention already stripped). */
export async function handleMessage(
  commandText: string,
  conversation: ConversationInfo,
  _services: BotServices,
): Promise<Reply[]> {
  const texts = textsFor(conversation.language);
  const command = parseCommand(commandText);
  switch (command.kind) {
    case "empty":
      return [text(texts.emptyCommand)];
    case "unknown":
      return [text(texts.unknownCommand(command.word))];
    case "known":
      switch (command.id) {
        case "help":
          return [card(helpCard(conversation.language))];
      }
  }
}
