import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import { literal, markdownLink } from "../../shared/markdown-literal";
import type { Notice } from "./notice";
import { noticeTexts } from "./texts";
import noticeTemplate from "../../../cards/notice/notice.card.json";

/** Who looks at the card: everyone (the posted card), a leader (with who has reported forfall), or one participant after a click. */
export interface NoticeViewer {
  meetingId: string;
  /** The leaders' view: the names of those who have reported forfall. */
  absent?: string[];
  /** After the clicker's own "Meld forfall" or "Jeg kommer": what now stands for them. */
  personal?: string;
  /** Before the meeting ends, everyone may report forfall or withdraw it. */
  canReport: boolean;
  /** The button that fetches the leaders' view where Teams does not by itself. */
  leaderView?: string;
}

/**
 * The notice card in the meeting chat: time, place, the numbered Saker, the round table and its
 * deadline, the papers, and "Meld forfall" / "Jeg kommer" for every participant.
 */
export function noticeCard(notice: Notice, downloadUrl: string, viewer: NoticeViewer): AdaptiveCard {
  const texts = noticeTexts(notice.language);
  const roundTable = notice.roundTable;
  const deadline = roundTable ? `${texts.deadline}: ${roundTable.deadline ?? texts.noDeadline}` : "";
  return renderCard(noticeTemplate, {
    title: literal(texts.title(notice.group)),
    meetingTitle: literal(notice.meetingTitle),
    timeLabel: texts.time,
    // "10. desember" at the start of a value would be read as a numbered list item.
    time: literal(notice.time ?? texts.unknownTime),
    placeLabel: texts.place,
    place: notice.joinUrl ? `${texts.teams} – ${markdownLink(texts.join, notice.joinUrl)}` : texts.teams,
    itemsLabel: texts.items,
    items: notice.items.map((title, index) => ({ line: literal(texts.item(index + 1, title)) })),
    roundTable: roundTable ? `**${texts.roundTable}:** ${literal(roundTable.topic || "–", "inline")} · ${deadline}` : "",
    papers: notice.papers ? `**${texts.papers}:** ${markdownLink(notice.papers.text, notice.papers.url)}` : "",
    downloadText: texts.download,
    downloadUrl,
    meetingId: viewer.meetingId,
    howToReportAbsence: texts.howToReportAbsence(notice.secretary),
    absentSummary: viewer.absent ? texts.absentSoFar(viewer.absent.length, literal(viewer.absent.join(", "), "inline")) : "",
    personalStatus: viewer.personal ?? "",
    canReport: viewer.canReport,
    reportAbsenceText: texts.reportAbsence,
    reasonLabel: texts.reasonLabel,
    sendAbsenceText: texts.sendAbsence,
    comingText: texts.coming,
    showLeaderView: viewer.leaderView !== undefined,
    leaderViewText: viewer.leaderView ?? "",
  });
}
