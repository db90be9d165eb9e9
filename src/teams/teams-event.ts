import { z } from "zod";
import type { TeamsEvent } from "../shared/routes";
import type { IncomingActivity } from "./incoming-activity";

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

const MEETING_START = "application/vnd.microsoft.meetingStart";
const MEETING_END = "application/vnd.microsoft.meetingEnd";
/** The singular names are what Teams sends; the plural ones are what teams-ai 1.7.4 expects. */
const PARTICIPANT_JOIN = ["application/vnd.microsoft.meetingParticipantJoin", "application/vnd.microsoft.meetingParticipantsJoin"];
const PARTICIPANT_LEAVE = ["application/vnd.microsoft.meetingParticipantLeave", "application/vnd.microsoft.meetingParticipantsLeave"];

const validDate = (date: Date | undefined): Date | undefined => (date && !Number.isNaN(date.getTime()) ? date : undefined);

/** An `event` activity in the bot's terms; names are compared trimmed (some documented payloads carry stray spaces). */
export function meetingEventOf(activity: Pick<IncomingActivity, "name" | "value">): TeamsEvent | undefined {
  const name = activity.name?.trim();
  if (!name) return undefined;
  if (PARTICIPANT_JOIN.includes(name)) return { kind: "participantJoin", value: activity.value };
  if (PARTICIPANT_LEAVE.includes(name)) return { kind: "participantLeave", value: activity.value };
  if (name !== MEETING_START && name !== MEETING_END) return undefined;
  const value = eventValueSchema.parse(activity.value);
  return name === MEETING_START
    ? { kind: "meetingStart", title: value.title, startTime: validDate(value.starttime) }
    : { kind: "meetingEnd", endTime: validDate(value.endtime) };
}
