import type { Language } from "../../../shared/language";
import type { Reply } from "../../../shared/replies";
import type { RoundTableState } from "../../../shared/meeting/meeting";
import { renderCard } from "../../../shared/cards/render-card";
import { literal } from "../../../shared/markdown-literal";
import { formatOsloWeekdayTime } from "../../../shared/time/oslo-time";
import { roundTableTexts } from "../texts";
import type { WaitingMentions } from "./waiting-municipalities";
import reminderTemplate from "../../../../cards/roundtable/reminder.card.json";

/** The reminder the bot posts by itself: the waiting municipalities with their people @mentioned, and "Send inn". */
export function reminderMessage(
  meetingId: string,
  roundTable: RoundTableState & { deadline: string },
  waiting: WaitingMentions,
  language: Language,
): Reply {
  const texts = roundTableTexts(language);
  const deadline = formatOsloWeekdayTime(new Date(roundTable.deadline), language);
  return {
    kind: "text",
    text: texts.autoReminder(waiting.names, deadline),
    mentions: waiting.mentions,
    card: renderCard(reminderTemplate, {
      meetingId,
      title: literal(texts.title(roundTable.topic)),
      deadlineText: texts.deadline(deadline),
      submitText: texts.submitForMine,
    }),
  };
}
