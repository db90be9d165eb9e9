import { type EventRoute } from "./services";
import { meetingEnded, meetingStarted } from "./lifecycle";

/** Teams' meeting start and end. */
export const meetingEvents: EventRoute[] = [
  { event: "meetingStart", handle: (turn, event) => meetingStarted(turn, event) },
  { event: "meetingEnd", handle: (turn, event) => meetingEnded(turn, event) },
];
