import type { Language } from "../../shared/language";
import { referatTexts } from "./texts";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import referatTemplate from "../../../cards/referat/referat.card.json";

export interface ReferatCardView {
  groupName: string;
  version: number;
  created: boolean;
  approved: boolean;
  time?: string;
  counts: { present: number; guests: number; items: number; reported: number; missing: string[] };
  municipalities: number;
  /** Set when the Markdown was too long for the chat and this card stands in for it. */
  tooLong: boolean;
  /** Empty in the participants' view of a draft: no text, no links. */
  docxUrl: string;
  markdownUrl: string;
  linkHours: number;
  previous?: { date: string; version: number; url: string };
  /** Shown instead of the links in the participants' view of a draft. */
  sharedNote?: string;
  /** The shared draft card's button that fetches the leaders' view (for clients without `refresh`). */
  leaderView?: { meetingId: string; title: string; verb: string };
}

/** Beside the referat in the chat (or instead of it when long): its version, counts and download links. */
export function referatCard(view: ReferatCardView, language: Language): AdaptiveCard {
  const texts = referatTexts(language);
  const facts = [
    ...(view.time ? [{ title: texts.factTime, value: literal(view.time) }] : []),
    { title: texts.factPresent, value: String(view.counts.present) },
    ...(view.counts.guests > 0 ? [{ title: texts.factGuests, value: String(view.counts.guests) }] : []),
    { title: texts.factItems, value: String(view.counts.items) },
    ...(view.municipalities > 0 ? [{ title: texts.factRoundTable, value: texts.reported(view.counts.reported, view.municipalities) }] : []),
    ...(view.counts.missing.length > 0 ? [{ title: texts.factMissing, value: literal(view.counts.missing.join(", ")) }] : []),
  ];
  return renderCard(referatTemplate, {
    title: literal(view.approved ? texts.approvedTitle(view.groupName) : texts.summaryTitle(view.groupName)),
    status: view.approved ? texts.approvedVersion(view.version) : texts.draft(view.version, view.created),
    statusColor: view.approved ? "Good" : "Accent",
    tooLong: view.tooLong ? texts.summaryTooLong : "",
    facts,
    downloadText: texts.download,
    docxUrl: view.docxUrl,
    markdownText: texts.downloadMarkdown,
    markdownUrl: view.markdownUrl,
    linkNote: [
      `${capitalised(texts.linkLifetime(view.linkHours))}.`,
      ...(view.approved ? [] : [texts.draftLeadersOnly, texts.approveHint]),
    ].join(" "),
    sharedNote: view.sharedNote ?? "",
    meetingId: view.leaderView?.meetingId ?? "",
    version: view.version,
    created: view.created,
    leaderVerb: view.leaderView?.verb ?? "",
    leaderViewText: view.leaderView?.title ?? "",
    previousHeading: texts.previous,
    previousTitle: view.previous ? texts.previousLink(view.previous.date, view.previous.version) : "",
    previousUrl: view.previous?.url ?? "",
  });
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase("nb") + text.slice(1);
