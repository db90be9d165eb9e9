/** The round table as other features and the router see it. */
export { roundtableCardActions } from "./card-actions";
export { roundtableCommands } from "./commands";
export { openRoundTableIfReached } from "./open-roundtable";
export { refreshRoundTable } from "./roundtable-view";
export { presenterNames, type RoundTableEntry } from "./roundtable";
export { RoundTableStore } from "./store";
export { ScheduleStore } from "./reminders/schedule-store";
export { ReminderSweep } from "./reminders/reminder-sweep";
export type { RoundTableServices } from "./services";
export { entryFormFacts, type EntryFormFacts } from "./entry-form-facts";
export { nextReminder } from "./reminders/plan-reminders";
