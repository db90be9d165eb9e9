import type { RoundTableServices } from "../services";
import type { Meeting } from "../../../shared/meeting/meeting";
import { reminderMoments } from "./reminder-moments";

/**
 * Plans the reminders for the round table's deadline, one `schedule` document per moment.
 * Reminders planned for an earlier deadline stay, and the sweep skips them as stale.
 */
export async function planReminders(
  services: Pick<RoundTableServices, "schedule" | "now">,
  meeting: Meeting,
  deadline: Date,
): Promise<Date[]> {
  const moments = reminderMoments(deadline, services.now());
  for (const dueAt of moments) {
    await services.schedule.plan({ meetingId: meeting.meetingId, conversationId: meeting.conversationId, deadline, dueAt });
  }
  return moments;
}

/** When the next reminder goes (for the round-table card), or undefined if none will. */
export function nextReminder(meeting: Pick<Meeting, "roundTable">, remindersOff: boolean, now: Date): Date | undefined {
  const deadline = meeting.roundTable?.deadline;
  if (!deadline || remindersOff || meeting.roundTable?.closedAt) return undefined;
  return reminderMoments(new Date(deadline), now)[0];
}
