import { type EventRoute } from "./services";
import { participantEvent } from "./participant-events";

/** Teams' participant join and leave events: hints for the attendance list. */
export const attendanceEvents: EventRoute[] = [
  { event: "participantJoin", handle: (turn, event) => participantEvent(turn, "join", event.value) },
  { event: "participantLeave", handle: (turn, event) => participantEvent(turn, "leave", event.value) },
];
