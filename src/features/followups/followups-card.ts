import { textsFor } from "../../shared/texts";
import type { Language } from "../../shared/language";
import { literal } from "../../shared/markdown-literal";
import { firstWithin } from "../../shared/text/shorten-text";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import type { Meeting } from "../../shared/meeting/meeting";
import type { FollowUp } from "./follow-up";
import { followUpView } from "./follow-up-view";
import { followUpTexts } from "./texts";
import followUpsTemplate from "../../../cards/followups/followups.card.json";

/** One follow-up as a card shows it: its text, where it comes from, who, by when (overdue in red). */
export function followUpCardItem(followUp: FollowUp, language: Language, today: Date) {
  const texts = followUpTexts(language);
  const view = followUpView(followUp, language, today);
  const details = [
    `${view.item} (${view.meetingDate})`,
    view.responsible ? `${texts.responsible}: ${view.responsible}` : undefined,
    view.deadline ? `${texts.deadline}: ${view.deadline}` : undefined,
    view.overdue ? texts.overdue : undefined,
  ].filter((part): part is string => Boolean(part));
  const bare = followUp.id.replace(/^followUp:/, "");
  return {
    id: followUp.id,
    inputId: `deadline-${bare}`,
    text: literal(view.text),
    details: literal(details.join(" · ")),
    color: view.overdue ? "Attention" : "Default",
    deadlineValue: followUp.deadline ?? "",
  };
}

const LISTED_CHARACTERS = 16_000;

/**
 * The group's open follow-ups, oldest first (`oppfølging`). The chair and the secretary get
 * "Ferdig", "Utgår" and "Endre frist" on each; Teams fetches their view by itself (refresh).
 */
export function followUpsCard(
  meeting: Meeting,
  groupName: string,
  open: FollowUp[],
  leader: boolean,
  language: Language,
  today: Date,
): AdaptiveCard {
  const texts = followUpTexts(language);
  // A group may have 200 open of 1,000 characters each: the oldest that fit one Teams message, the rest counted.
  const shown = firstWithin(open, (f) => f.text.length + (f.responsible?.length ?? 0), LISTED_CHARACTERS);
  const card = renderCard(followUpsTemplate, {
    meetingId: meeting.meetingId,
    title: literal(texts.listTitle(groupName)),
    countText: texts.openCount(open.length),
    leader,
    doneText: texts.done,
    dropText: texts.drop,
    changeDeadlineText: texts.changeDeadline,
    newDeadlineText: texts.newDeadline,
    saveText: texts.save,
    showControls: !leader && open.length > 0,
    showControlsText: textsFor(language).leaderView,
    items: shown.map((followUp) => followUpCardItem(followUp, language, today)),
    moreText: shown.length < open.length ? texts.moreOpen(open.length - shown.length) : "",
  });
  return withLeaderRefresh(card, meeting, {
    title: textsFor(language).leaderView,
    verb: "followup.refresh",
    data: { meetingId: meeting.meetingId },
  });
}
