import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import { literal } from "../../shared/markdown-literal";
import type { Notice } from "./notice";
import { noticeTexts } from "./texts";
import noticeTemplate from "../../../cards/notice/notice.card.json";

/** Markdown link text: what users typed is escaped, the brackets of the link are not. */
const link = (text: string, url: string): string =>
  `[${literal(text, "inline")}](${new URL(url).href.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;

/** The notice card in the meeting chat: time, place, the numbered Saker, the round table and its deadline, the papers. */
export function noticeCard(notice: Notice, downloadUrl: string): AdaptiveCard {
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
    place: notice.joinUrl ? `${texts.teams} – ${link(texts.join, notice.joinUrl)}` : texts.teams,
    itemsLabel: texts.items,
    items: notice.items.map((title, index) => ({ line: literal(texts.item(index + 1, title)) })),
    roundTable: roundTable ? `**${texts.roundTable}:** ${literal(roundTable.topic || "–", "inline")} · ${deadline}` : "",
    papers: notice.papers ? `**${texts.papers}:** ${link(notice.papers.text, notice.papers.url)}` : "",
    downloadText: texts.download,
    downloadUrl,
  });
}
