import { postSharedCard } from "../../shared/cards/post-shared-card";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { leaderMeetingWithGroup } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import { text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { osloDateStamp } from "../../shared/time/oslo-time";
import { noticeCard } from "./notice-card";
import { noticeOf } from "./notice";
import { noticeTexts } from "./texts";

/** A notice goes out a week or two ahead: its link lasts 30 days. */
const NOTICE_LINK_DAYS = 30;

/**
 * `innkalling`: posts the notice card (or updates the one posted before) with a link to the same
 * content as a Word file. The chair or the secretary; the meeting needs its group and an agenda.
 */
async function noticeCommand(turn: Turn): Promise<Reply[]> {
  const texts = noticeTexts(turn.conversation.language);
  const opened = await leaderMeetingWithGroup(turn);
  if ("refusal" in opened) return [text(opened.refusal)];
  const { current, group } = opened;
  const meeting = current.doc;
  if (!group) return [text(texts.noGroup)];
  if (meeting.agenda.length === 0) return [text(texts.noAgenda)];
  if (handledBefore(turn, meeting)) return [];

  const joinUrl = await rememberJoinUrl(turn, meeting);
  const notice = noticeOf(meeting, group.doc.name, turn.conversation.language, joinUrl);
  const card = noticeCard(notice, await noticeLink(turn, meeting));
  if (meeting.noticeCardActivityId) {
    await turn.chat.update(meeting.noticeCardActivityId, card);
  } else {
    await postSharedCard(turn, meeting.meetingId, card, (latest, id) => ({ ...latest, noticeCardActivityId: id }));
  }
  await recordHandled(turn, current);
  return [text(meeting.noticeCardActivityId ? texts.updated : texts.posted)];
}

/** Teams' join link for the meeting, kept on the meeting for the Word file. */
async function rememberJoinUrl(turn: Turn, meeting: Meeting): Promise<string | undefined> {
  const teamsMeetingId = turn.conversation.meetingId;
  const joinUrl = teamsMeetingId ? (await turn.teams.meetingInfo(teamsMeetingId))?.joinUrl : undefined;
  if (!joinUrl || joinUrl === meeting.joinUrl) return meeting.joinUrl;
  await turn.services.meetings.update(
    meeting.meetingId,
    undefined,
    (latest) => (latest.joinUrl === joinUrl ? { result: undefined } : { write: { ...latest, joinUrl }, result: undefined }),
    { now: turn.services.now() },
  );
  return joinUrl;
}

async function noticeLink(turn: Turn, meeting: Meeting): Promise<string> {
  const start = meeting.planned.start ?? meeting.actual.start;
  const fileName = `innkalling-${osloDateStamp(start ? new Date(start) : turn.services.now())}`;
  const token = await turn.services.downloadLinks.issue(
    { meetingId: meeting.meetingId, kind: "notice", version: 0, fileName, language: turn.conversation.language },
    turn.services.now(),
    NOTICE_LINK_DAYS * 24 * 3_600_000,
  );
  return `${turn.services.publicBaseUrl()}/download/${token}`;
}

/** `innkalling` / `notice`. */
export const noticeCommands = {
  notice: {
    id: "notice",
    menu: false,
    names: { nb: "innkalling", en: "notice" },
    description: {
      nb: "innkalling: legg ut innkallingen med dagsorden, runde rundt bordet og Word-fil",
      en: "notice: post the notice with the agenda, the round table and a Word file",
    },
    handle: noticeCommand,
  },
} satisfies Record<string, CommandRoute>;
