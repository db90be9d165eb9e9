import type { Language } from "../../../shared/language";
import type { Reply } from "../../../shared/replies";
import type { RoundTableState } from "../../../shared/meeting/meeting";
import { renderCard } from "../../../shared/cards/render-card";
import { literal } from "../../../shared/markdown-literal";
import { formatOsloWeekdayTime } from "../../../shared/time/oslo-time";
import { roundTableTexts } from "../texts";
import type { WaitingMentions } from "./waiting-municipalities";
import reminderTemplate from "../../../../cards/roundtable/reminder.card.json";

/**
 * The reminder, posted by the bot itself or by `rundebord påminn`: the waiting municipalities with
 * their people @mentioned, the deadline when there is one, and "Send inn for min kommune".
 */
export function reminderMessage(meetingId: string, roundTable: RoundTableState, waiting: WaitingMentions, language: Language): Reply {
  const texts = roundTableTexts(language);
  const deadline = roundTable.deadline ? formatOsloWeekdayTime(new Date(roundTable.deadline), language) : undefined;
  return {
    kind: "text",
    text: deadline ? texts.autoReminder(waiting.names, deadline) : texts.remind(waiting.names),
    mentions: waiting.mentions,
    card: renderCard(reminderTemplate, {
      meetingId,
      title: literal(texts.title(roundTable.topic)),
      deadlineText: deadline ? texts.deadline(deadline) : "",
      submitText: texts.submitForMine,
    }),
  };
}
