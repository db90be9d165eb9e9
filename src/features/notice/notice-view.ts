import { osloDateStamp } from "../../shared/time/oslo-time";
import { textsFor } from "../../shared/texts";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import { meetingSpan, type Meeting } from "../../shared/meeting/meeting";
import { absentSoFar } from "../attendance";
import { noticeCard } from "./notice-card";
import { noticeOf } from "./notice";
import type { Turn } from "./services";

/** A notice goes out a week or two ahead: its link lasts 30 days. */
const NOTICE_LINK_DAYS = 30;

/** The notice's Word link: the one minted when it was posted, or a new one. */
export async function noticeLink(turn: Turn, meeting: Meeting): Promise<string> {
  if (meeting.noticeDownloadUrl) return meeting.noticeDownloadUrl;
  const start = meetingSpan(meeting).start;
  const fileName = `innkalling-${osloDateStamp(start ? new Date(start) : turn.services.now())}`;
  const token = await turn.services.downloadLinks.issue(
    { meetingId: meeting.meetingId, kind: "notice", version: 0, fileName, language: turn.conversation.language },
    turn.services.now(),
    NOTICE_LINK_DAYS * 24 * 3_600_000,
  );
  return `${turn.services.publicBaseUrl()}/download/${token}`;
}

export type NoticeView = { kind: "shared" } | { kind: "leader" } | { kind: "personal"; status: string };

/**
 * The notice card as `view` shows it. The posted card is everyone's ("Meld forfall", "Jeg kommer"),
 * and asks Teams for the chair's and secretary's own view (who has reported forfall so far).
 */
export async function noticeCardFor(turn: Turn, meeting: Meeting, group: string, url: string, view: NoticeView): Promise<AdaptiveCard> {
  const language = turn.conversation.language;
  const notice = noticeOf(meeting, group, language, meeting.joinUrl);
  const canReport = meeting.status !== "ended";
  const leaderView = textsFor(language).leaderView;
  if (view.kind === "leader") {
    return noticeCard(notice, url, { meetingId: meeting.meetingId, canReport, absent: await absentSoFar(turn, meeting) });
  }
  if (view.kind === "personal") return noticeCard(notice, url, { meetingId: meeting.meetingId, canReport, personal: view.status });
  const shared = noticeCard(notice, url, { meetingId: meeting.meetingId, canReport, leaderView });
  return withLeaderRefresh(shared, meeting, { title: leaderView, verb: "notice.refresh", data: { meetingId: meeting.meetingId } });
}
