import { PeriodicTask } from "../../../shared/periodic-task";
import type { RoundTableServices } from "../services";
import { isOpen } from "../../../shared/meeting/meeting";
import { reminderMessage } from "./reminder-message";
import type { ScheduledReminder } from "./schedule-store";
import { waitingMentions, waitingMunicipalities } from "./waiting-municipalities";

/** A reminder missed by more than this (the bot was down) is dropped, not sent late. */
export const MISSED_LIMIT_MS = 2 * 60 * 60_000;
/** Waits between tries when the Bot Connector answers 429 or 5xx (then given up). */
const RETRY_DELAYS_MS = [1_000, 3_000, 9_000];

type Delivery = { state: "sent" | "skipped" | "failed"; outcome: string };

/** Status of a failed call to the Bot Connector (botbuilder's RestError carries `statusCode`). */
const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === "number" ? status : undefined;
};
const isRetriable = (error: unknown): boolean => {
  const status = statusOf(error);
  return status === undefined || status === 429 || status >= 500;
};

/**
 * Every instance runs one sweep: each tick reads today's due reminders (one partition), claims
 * each with a conditional write, so only one instance sends it, and records what happened.
 * A claim lost with its instance is taken over after the lease (ScheduleStore.due).
 */
export class ReminderSweep extends PeriodicTask {
  constructor(
    private readonly services: RoundTableServices,
    private readonly instanceId: string,
    private readonly retryDelaysMs: readonly number[] = RETRY_DELAYS_MS,
  ) {
    super();
  }

  /** One look at the schedule. */
  protected work(): Promise<void> {
    return this.sweep();
  }

  protected failed(error: unknown): void {
    this.services.log.warn({ err: error }, "reminder sweep failed; trying again at the next tick");
  }

  private async sweep(): Promise<void> {
    const now = this.services.now();
    for (const reminder of await this.services.schedule.due(now)) await this.handle(reminder, now);
  }

  private async handle(reminder: ScheduledReminder & { _etag: string }, now: Date): Promise<void> {
    const { log, schedule } = this.services;
    const fields = { meetingId: reminder.meetingId, dueAt: reminder.dueAt, reminder: reminder.id };
    if (now.getTime() - Date.parse(reminder.dueAt) > MISSED_LIMIT_MS) {
      const dropped = await schedule.replaceIf({ ...reminder, state: "dropped", outcome: "missed by more than two hours" }, reminder._etag);
      if (dropped !== undefined) log.warn(fields, "round-table reminder missed by more than two hours (the bot was down): dropped");
      return;
    }
    const claimed: ScheduledReminder = { ...reminder, state: "claimed", claim: { by: this.instanceId, at: now.toISOString() } };
    const etag = await schedule.replaceIf(claimed, reminder._etag);
    if (etag === undefined) return; // another instance claimed it first
    const delivery = await this.deliver(reminder);
    const done: ScheduledReminder = {
      ...claimed,
      state: delivery.state,
      outcome: delivery.outcome,
      ...(delivery.state === "sent" ? { sentAt: this.services.now().toISOString() } : {}),
    };
    if ((await schedule.replaceIf(done, etag)) === undefined) log.warn(fields, "a reminder's claim was taken over while it was sent");
    const level = delivery.state === "failed" ? "error" : "info";
    log[level]({ ...fields, outcome: delivery.outcome }, `round-table reminder ${delivery.state}`);
  }

  /** Sends the reminder if there is still something to remind of. */
  private async deliver(reminder: ScheduledReminder): Promise<Delivery> {
    const { meetings, groups, roundTable, proactive } = this.services;
    const meeting = (await meetings.read(reminder.meetingId))?.doc;
    const table = meeting?.roundTable;
    if (!meeting || !table || !isOpen(table)) return { state: "skipped", outcome: "the round table is closed" };
    if (table.deadline !== reminder.deadline) return { state: "skipped", outcome: "the deadline has changed" };
    const group = meeting.groupId ? (await groups.read(meeting.groupId))?.doc : undefined;
    if (!group) return { state: "skipped", outcome: "the meeting has no group" };
    if (group.remindersOff) return { state: "skipped", outcome: "the group has turned reminders off" };
    const waiting = waitingMunicipalities(group, await roundTable.list(meeting.meetingId));
    if (waiting.length === 0) return { state: "skipped", outcome: "every municipality has reported" };
    const deadline = table.deadline;

    for (let attempt = 0; ; attempt++) {
      try {
        const sent = await proactive.inConversation(reminder.conversationId, async (ports) => {
          const mentions = await waitingMentions(ports.teams, group, waiting);
          await ports.chat.send(reminderMessage(meeting.meetingId, { ...table, deadline }, mentions, ports.conversation.language));
          return true;
        });
        return sent
          ? { state: "sent", outcome: `to ${waiting.length} waiting municipalities` }
          : { state: "failed", outcome: "no address for the chat" };
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        if (!isRetriable(error) || delay === undefined) {
          return {
            state: "failed",
            outcome: `the Bot Connector refused it (${statusOf(error) ?? "no answer"}) after ${attempt + 1} tries`,
          };
        }
        this.services.log.warn(
          { err: error, meetingId: reminder.meetingId, attempt: attempt + 1 },
          "sending a reminder failed; trying again",
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
