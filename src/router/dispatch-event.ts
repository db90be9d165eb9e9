import { z } from "zod";
import { participantEvent } from "../features/attendance/participant-events";
import { meetingEnded, meetingStarted } from "../features/meeting/lifecycle";
import type { Turn } from "../shared/turn";

/** Meeting start/end `value`: Teams sends PascalCase (`StartTime`), some docs camelCase; read either. */
const eventValueSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]))
      : {},
  z.object({
    title: z.string().max(1000).optional().catch(undefined),
    starttime: z.coerce.date().optional().catch(undefined),
    endtime: z.coerce.date().optional().catch(undefined),
  }),
);

export const MEETING_START = "application/vnd.microsoft.meetingStart";
export const MEETING_END = "application/vnd.microsoft.meetingEnd";
/** The singular names are what Teams sends; the plural ones are what teams-ai 1.7.4 expects. */
const PARTICIPANT_JOIN = ["application/vnd.microsoft.meetingParticipantJoin", "application/vnd.microsoft.meetingParticipantsJoin"];
const PARTICIPANT_LEAVE = ["application/vnd.microsoft.meetingParticipantLeave", "application/vnd.microsoft.meetingParticipantsLeave"];
export const MEETING_EVENTS = [MEETING_START, MEETING_END, ...PARTICIPANT_JOIN, ...PARTICIPANT_LEAVE];

export async function handleMeetingEvent(name: string, value: unknown, turn: Turn): Promise<void> {
  if (!turn.conversation.meetingId) return;
  if (PARTICIPANT_JOIN.includes(name)) return participantEvent(turn, "join", value);
  if (PARTICIPANT_LEAVE.includes(name)) return participantEvent(turn, "leave", value);
  const event = eventValueSchema.parse(value);
  const valid = (date: Date | undefined) => (date && !Number.isNaN(date.getTime()) ? date : undefined);
  if (name === MEETING_START) await meetingStarted(turn, { title: event.title, startTime: valid(event.starttime) });
  if (name === MEETING_END) await meetingEnded(turn, { endTime: valid(event.endtime) });
}
