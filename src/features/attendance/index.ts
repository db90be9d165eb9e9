/** The attendance feature as other features and the router see it. */
export { attendanceCardActions } from "./card-actions";
export { attendanceCommands } from "./commands";
export { attendanceEvents } from "./events";
export { postAttendanceCard } from "./attendance-view";
export { absentSoFar, changeOwnAbsence, type OwnAbsence } from "./own-absence";
export { MAX_REASON } from "./manual-attendance";
export { attendanceList, byNorwegianName, isSecretary, type AttendanceList } from "./attendance-list";
export { attendeeDocId, type Attendee } from "./attendee";
export { AttendeeStore } from "./store";
export type { AttendanceServices } from "./services";
export { presentByMunicipality } from "./attendance-list";
