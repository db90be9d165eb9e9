/** The meeting and its walk-through (agenda included) as the router sees it. */
export { meetingCardActions } from "./card-actions";
export { meetingCommands } from "./commands";
export { meetingEvents } from "./events";
export type { MeetingServices } from "./services";
