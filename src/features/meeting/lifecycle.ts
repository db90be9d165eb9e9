import { textsFor } from "../../shared/texts";
import { meetingCard, meetingTime } from "./meeting-card";
import { meetingTexts } from "./texts";
import { MAX_MEETING_TITLE, type Meeting } from "../../shared/meeting/meeting";
import { end, start } from "./walkthrough";
import { osloWallClockToUtc } from "../../shared/time/oslo-time";
import { movedToToday, startsOffPlan } from "./planned-day";
import { parseNewMeetingArgs } from "../../shared/time/norwegian-date";
import { currentMeeting, ensureMeeting, isPlaceholderTitle, newMeeting } from "../../shared/meeting/find-meeting";
import { card, text, type Reply } from "../../shared/replies";
import { agendaCard } from "./agenda-card";
import { postSharedCard } from "../../shared/cards/post-shared-card";
import type { Turn } from "./services";
import { leaderStep, updateSharedCard } from "./leader-step";
import { postAttendanceCard } from "../attendance";
import { leaderMeetingWithGroup, municipalitiesMissing, rolesOf } from "../working-group";
import { activityDerivedId } from "../../shared/activity-derived-id";

/**
 * `start`: the meeting is running and the meeting card is posted (once; a retry posts nothing).
 * Without an agenda it answers with the agenda editor. On another day than planned it asks first:
 * `start nå` starts it anyway and moves the planned time to today (the referat's Tid follows).
 */
export async function startCommand(turn: Turn, args = ""): Promise<Reply[]> {
  const texts = meetingTexts(turn.conversation.language);
  const opened = await leaderMeetingWithGroup(turn);
  if ("refusal" in opened) return [text(opened.refusal)];
  const current = opened.current;
  if (current.doc.agenda.length === 0) {
    return [text(texts.agendaBeforeStart), card(agendaCard(current.doc, turn.conversation.language, ""))];
  }
  // The check-in card asks newcomers for their municipality: a linked group needs its list first.
  if (opened.group && opened.group.doc.municipalities.length === 0) return municipalitiesMissing(turn, opened.group.doc);
  const now = turn.services.now();
  const confirmed = /^(nå|now)$/i.test(args.trim());
  const offDay = startsOffPlan(current.doc, now);
  if (offDay && !confirmed) return [text(texts.startOffPlan(meetingTime(current.doc, turn.conversation.language)))];
  const result = await leaderStep(turn, current, (meeting) => ({
    ok: true,
    meeting: start(startsOffPlan(meeting, now) && confirmed ? movedToToday(meeting, now) : meeting, now),
  }));
  if (result.kind === "refused") return [text(result.message)];
  if (result.written || !result.meeting.meetingCardActivityId) await postMeetingCard(turn, result.meeting);
  if (!result.meeting.attendanceCardActivityId) await postAttendanceCard(turn, result.meeting);
  return [];
}

/** `avslutt`: ended now (the actual start is kept). */
export async function endCommand(turn: Turn): Promise<Reply[]> {
  const texts = meetingTexts(turn.conversation.language);
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const result = await leaderStep(turn, current, (meeting) => ({ ok: true, meeting: end(meeting, turn.services.now()) }));
  if (result.kind === "refused") return [text(result.message)];
  return result.duplicate ? [] : [text(texts.meetingEnded)];
}

/** Teams' `meetingStart`: running from its StartTime; with an agenda, the walk-through card appears. */
export async function meetingStarted(turn: Turn, event: { title?: string; startTime?: Date }): Promise<void> {
  const current = await ensureMeeting(turn, event.title ? { title: event.title } : {});
  if (!current) return;
  const at = event.startTime ?? turn.services.now();
  const outcome = await turn.services.meetings.update(
    current.doc.meetingId,
    current,
    (meeting) => {
      // A title Teams sends wins over the placeholder given when its meeting API did not answer.
      const title = event.title && isPlaceholderTitle(meeting.title) ? event.title : meeting.title;
      if (meeting.status !== "planned" && title === meeting.title) return { result: undefined };
      // Teams started it on another day than planned (a series, or moved in the calendar): that day is the meeting's.
      const dated = startsOffPlan(meeting, at) ? movedToToday(meeting, at) : meeting;
      return { write: { ...(meeting.status === "planned" ? start(dated, at) : meeting), title }, result: undefined };
    },
    { now: turn.services.now() },
  );
  if (!outcome) return;
  if (outcome.meeting.agenda.length > 0 && !outcome.meeting.meetingCardActivityId) await postMeetingCard(turn, outcome.meeting);
  if (!outcome.meeting.attendanceCardActivityId) await postAttendanceCard(turn, outcome.meeting);
}

/** Teams' `meetingEnd`: ended at its EndTime; the shared card shows it. */
export async function meetingEnded(turn: Turn, event: { endTime?: Date }): Promise<void> {
  const current = await currentMeeting(turn);
  if (!current) return;
  const at = event.endTime ?? turn.services.now();
  const outcome = await turn.services.meetings.update(
    current.doc.meetingId,
    current,
    (meeting) => (meeting.status !== "ended" ? { write: end(meeting, at), result: undefined } : { result: undefined }),
    { now: turn.services.now() },
  );
  if (outcome?.written) await updateSharedCard(turn, outcome.meeting);
}

/** `møte ny <tittel> <dato> <HH:MM-HH:MM>` in a chat that is not a Teams meeting. */
export async function newMeetingCommand(turn: Turn, args: string): Promise<Reply[]> {
  const texts = meetingTexts(turn.conversation.language);
  if (turn.conversation.meetingId) return [text(texts.meetingChatHasMeeting)];
  const parsed = parseNewMeetingArgs(args.replace(/^(ny|new)\s+/i, ""));
  if ("error" in parsed) return [text(texts.newMeetingUsage)];
  if (parsed.title.length > MAX_MEETING_TITLE) return [text(texts.titleTooLong)];

  const record = await turn.services.conversations.get(turn.conversation.conversationId);
  const group = record?.groupId ? await turn.services.groups.read(record.groupId) : undefined;
  if (!group) return [text(textsFor(turn.conversation.language).setupFirst)];
  const roles = rolesOf(group.doc);
  if (![roles.chair?.aadObjectId, roles.secretary?.aadObjectId].includes(turn.from.aadObjectId ?? "-"))
    return [text(textsFor(turn.conversation.language).onlyLeaders)];

  const meetingId = activityDerivedId(turn);
  if (record?.currentMeetingId === meetingId) return []; // Teams retried; the first delivery answered
  const { date, time } = parsed;
  const at = (clock: { hour: number; minute: number }) =>
    osloWallClockToUtc(date.year, date.month, date.day, clock.hour, clock.minute).toISOString();
  const meeting: Meeting = {
    ...newMeeting(turn, meetingId, { title: parsed.title, planned: { start: at(time.start), end: at(time.end) } }),
    groupId: group.doc.groupId,
    roles,
  };
  const created = await turn.services.meetings.createIfAbsent(meeting);
  await turn.services.conversations.setCurrentMeeting(turn.conversation, created.doc.meetingId, turn.services.now());
  return [text(texts.meetingCreated(created.doc.title, meetingTime(created.doc, turn.conversation.language)))];
}

function postMeetingCard(turn: Turn, meeting: Meeting): Promise<void> {
  return postSharedCard(turn, meeting.meetingId, meetingCard(meeting, "participant", turn.conversation.language), (latest, id) => ({
    ...latest,
    meetingCardActivityId: id,
  }));
}
