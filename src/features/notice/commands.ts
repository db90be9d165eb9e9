import { postSharedCard } from "../../shared/cards/post-shared-card";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { leaderMeetingWithGroup } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import { text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { noticeCardFor, noticeLink } from "./notice-view";
import { noticeTexts } from "./texts";

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
  const url = await noticeLink(turn, meeting);
  const card = await noticeCardFor(turn, { ...meeting, ...(joinUrl ? { joinUrl } : {}) }, group.doc.name, url, { kind: "shared" });
  if (meeting.noticeCardActivityId) {
    await turn.chat.update(meeting.noticeCardActivityId, card);
  } else {
    await postSharedCard(turn, meeting.meetingId, card, (latest, id) => ({ ...latest, noticeCardActivityId: id, noticeDownloadUrl: url }));
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
