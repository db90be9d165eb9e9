/** The meeting and its walk-through (agenda included) as the router sees it. */
export { meetingCardActions } from "./card-actions";
export { meetingCommands } from "./commands";
export { meetingEvents } from "./events";
export { meetingCardAfterFollowUpChange } from "./follow-up-card-actions";
export type { MeetingServices } from "./services";
export { notesText, notesVersion } from "./notes-edit";
export { editItemNotes, type NotesEditOutcome } from "./save-item-notes";
export { meetingTime } from "./meeting-card";
