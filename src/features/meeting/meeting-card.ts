import type { Language } from "../../shared/language";
import { meetingTexts } from "./texts";
import { textsFor } from "../../shared/texts";
import { canLead, meetingSpan, type Meeting, type MeetingRole, type ItemNote } from "../../shared/meeting/meeting";
import { formatOsloSpan } from "../../shared/time/oslo-time";
import { firstWithin, shortenText } from "../../shared/text/shorten-text";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import meetingTemplate from "../../../cards/meeting/meeting.card.json";
import { detailsTexts } from "./details-texts";
import { followUpCardItem, followUpTexts, type FollowUp } from "../followups";

export const itemLabel = (index: number, title: string): string => `Sak ${index + 1}: ${title}`;

/** "11. september 2025, kl. 10:00-12:30": planned times, else the actual ones. */
export function meetingTime(meeting: Meeting, language: Language): string {
  const { start, end } = meetingSpan(meeting);
  return start ? formatOsloSpan(new Date(start), end ? new Date(end) : undefined, language) : "";
}

/**
 * The one shared meeting card. `role` chooses the view: the chair and the secretary get the
 * controls, everyone else the read-only view. The card asks Teams to refresh it for the
 * leaders (`refresh.userIds`), so their clients fetch their own view.
 */
export function meetingCard(
  meeting: Meeting,
  role: MeetingRole,
  language: Language,
  carried: { followUps: FollowUp[]; today: Date } = { followUps: [], today: new Date(0) },
): AdaptiveCard {
  const texts = meetingTexts(language);
  const leader = canLead(role);
  const ended = meeting.status === "ended";
  const hasAgenda = meeting.agenda.length > 0;
  const current = meeting.agenda[meeting.currentIndex];
  const progress = ended
    ? texts.ended
    : hasAgenda
      ? `${texts.progress(meeting.currentIndex + 1, meeting.agenda.length)}${meeting.status === "planned" ? ` · ${texts.notStarted}` : ""}`
      : texts.notStarted;

  const card = renderCard(meetingTemplate, {
    meetingId: meeting.meetingId,
    title: literal(meeting.title),
    when: literal(meetingTime(meeting, language)),
    progress,
    hasAgenda,
    noAgendaText: texts.noAgenda,
    items: meeting.agenda.map((item, index) => {
      const done = ended || index < meeting.currentIndex;
      const isCurrent = !ended && index === meeting.currentIndex;
      return {
        mark: done ? "✓" : isCurrent ? "▶" : "○",
        label: literal(shortenText(itemLabel(index, item.title), LISTED_TITLE_CHARACTERS), "inline"),
        weight: isCurrent ? "Bolder" : "Default",
        subtle: done,
      };
    }),
    currentLabel: current ? literal(itemLabel(meeting.currentIndex, current.title)) : "",
    notes: shownNotes(current?.notes ?? [], language).map((note) => ({
      text:
        note.kind === "more"
          ? `_${note.text}_`
          : note.kind === "decision"
            ? `• **${texts.decision}:** ${literal(note.text, "inline")}`
            : `• ${literal(note.text, "inline")}`,
    })),
    hasNotes: (current?.notes.length ?? 0) > 0,
    noNotesText: texts.noNotes,
    canNote: leader && hasAgenda,
    canNavigate: leader && hasAgenda && !ended,
    canGoBack: meeting.currentIndex > 0,
    canGoOn: meeting.currentIndex < meeting.agenda.length - 1,
    canEnd: leader && !ended,
    notePlaceholder: texts.notePlaceholder,
    addNoteText: texts.addNote,
    addDecisionText: texts.addDecision,
    goToText: texts.goTo,
    currentNumber: String(meeting.currentIndex + 1),
    shownIndex: meeting.currentIndex,
    goToChoices: meeting.agenda.map((item, index) => ({
      title: shortenText(itemLabel(index, item.title), LISTED_TITLE_CHARACTERS),
      value: String(index + 1),
    })),
    previousText: texts.previous,
    nextText: texts.next,
    endText: texts.endMeeting,
    showControlsText: textsFor(language).leaderView,
    canEditDetails: leader && !ended,
    ...followUpsView(carried, language),
    details: detailsView(meeting, language),
  });

  return withLeaderRefresh(card, meeting, {
    title: textsFor(language).leaderView,
    verb: "meeting.refresh",
    data: { meetingId: meeting.meetingId },
  });
}

/** The leaders' form for the referat's introduction, papers link and archive reference, filled with what is saved. */
function detailsView(meeting: Meeting, language: Language): Record<string, string> {
  const texts = detailsTexts(language);
  const details = meeting.details ?? {};
  return {
    showText: texts.showDetails,
    introLabel: texts.introLabel,
    papersUrlLabel: texts.papersUrlLabel,
    papersTextLabel: texts.papersTextLabel,
    archiveRefLabel: texts.archiveRefLabel,
    saveText: texts.saveDetails,
    intro: details.intro ?? "",
    papersUrl: details.papers?.url ?? "",
    papersText: details.papers?.text ?? "",
    archiveRef: details.archiveRef ?? "",
  };
}

/**
 * At "Oppfølging fra forrige møte": the follow-ups carried from earlier meetings, each with its
 * status this meeting; "Ferdig" and "Utgår" for the leaders. Also the leaders' form for a new one.
 */
function followUpsView(carried: { followUps: FollowUp[]; today: Date }, language: Language) {
  const texts = followUpTexts(language);
  const shown = firstWithin(carried.followUps, (f) => f.text.length + (f.responsible?.length ?? 0), FOLLOW_UPS_ON_CARD_CHARACTERS);
  return {
    hasFollowUps: carried.followUps.length > 0,
    followUpsTitle: texts.carriedTitle,
    followUpDoneText: texts.done,
    followUpDropText: texts.drop,
    followUps: shown.map((followUp) => {
      const item = followUpCardItem(followUp, language, carried.today);
      return followUp.status === "open" ? item : { ...item, details: `${item.details} · **${texts.status[followUp.status]}**` };
    }),
    moreFollowUps: shown.length < carried.followUps.length ? texts.moreCarried(carried.followUps.length - shown.length) : "",
    followUpForm: {
      showText: texts.addFollowUp,
      textLabel: texts.inputText,
      responsibleLabel: texts.inputResponsible,
      deadlineLabel: texts.inputDeadline,
      saveText: texts.save,
    },
  };
}

/**
 * The item's newest notes that fit the card: Teams takes about 100 KB a message (UTF-16), and an item
 * may hold hundreds of notes of 2,000 characters. Older ones are counted, not shown ("… og 40 eldre
 * notater og vedtak – se referatet"); all stay stored and in the referat.
 */
const NOTES_ON_CARD_CHARACTERS = 6_000;

/** In the agenda list and the "Gå til" choices a long title is cut ("…"); the current item's heading shows all of it. */
const LISTED_TITLE_CHARACTERS = 80;

/** The same for the follow-ups carried in (a group may have 200 open, of 1,000 characters each): the first ones, the rest counted. */
const FOLLOW_UPS_ON_CARD_CHARACTERS = 8_000;

function shownNotes(notes: ItemNote[], language: Language): Array<Pick<ItemNote, "text"> & { kind: ItemNote["kind"] | "more" }> {
  const shown = firstWithin([...notes].reverse(), (note) => note.text.length, NOTES_ON_CARD_CHARACTERS).reverse();
  const hidden = notes.length - shown.length;
  return hidden > 0 ? [{ kind: "more", text: meetingTexts(language).olderNotes(hidden) }, ...shown] : shown;
}
