import type { Meeting } from "../../shared/meeting/meeting";
import { osloDateStamp } from "../../shared/time/oslo-time";

/** Starting it `at` would be before it ran, on another Oslo day than the planned one. */
export function startsOffPlan(meeting: Meeting, now: Date): boolean {
  const planned = meeting.planned.start;
  return meeting.status === "planned" && planned !== undefined && osloDateStamp(new Date(planned)) !== osloDateStamp(now);
}

/** Held from `now` on, for as long as planned: the planned time the referat and the archive show. */
export function movedToToday(meeting: Meeting, now: Date): Meeting {
  const { start: plannedStart, end: plannedEnd } = meeting.planned;
  const length = plannedStart && plannedEnd ? Date.parse(plannedEnd) - Date.parse(plannedStart) : undefined;
  const end = length !== undefined ? new Date(now.getTime() + length).toISOString() : undefined;
  return { ...meeting, planned: { start: now.toISOString(), ...(end ? { end } : {}) } };
}
