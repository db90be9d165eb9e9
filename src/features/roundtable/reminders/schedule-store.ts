import { createHash } from "node:crypto";
import type { Container, Resource } from "@azure/cosmos";
import { osloDateStamp } from "../../../shared/time/oslo-time";
import { isConflict, isPreconditionFailed } from "../../../storage/storage-errors";

/**
 * One planned round-table reminder, in container `schedule` (partition `/day`, its Oslo due day).
 * `planned` → `claimed` (an instance took it, conditionally on the ETag) → `sent`; or `skipped`
 * (nothing to remind of at the time), `dropped` (missed by more than two hours), `failed` (the
 * Bot Connector refused every try). A claim older than CLAIM_LEASE_MS was lost with its instance
 * and may be taken over.
 */
export interface ScheduledReminder {
  id: string;
  day: string;
  docType: "roundTableReminder";
  meetingId: string;
  conversationId: string;
  /** The deadline it was planned for: a later change of the deadline makes it stale. */
  deadline: string;
  dueAt: string;
  state: "planned" | "claimed" | "sent" | "skipped" | "dropped" | "failed";
  claim?: { by: string; at: string };
  /** Why it was skipped, dropped or failed (for the log and whoever reads the container). */
  outcome?: string;
  sentAt?: string;
  /** Seconds until Cosmos removes it (the container's per-document expiry). */
  ttl: number;
}

/** After this, a claim is taken to be lost with its instance (the send with its retries takes seconds). */
export const CLAIM_LEASE_MS = 2 * 60_000;
const KEEP_SECONDS = 60 * 24 * 3600;

export const reminderId = (meetingId: string, dueAt: Date): string =>
  `reminder:${createHash("sha256").update(`${meetingId}\n${dueAt.toISOString()}`).digest("hex").slice(0, 32)}`;

type Stored = ScheduledReminder & { _etag: string };

export class ScheduleStore {
  constructor(private readonly container: Container) {}

  /** Plans a reminder; one already planned for the same meeting and moment is left as it is. */
  async plan(reminder: { meetingId: string; conversationId: string; deadline: Date; dueAt: Date }): Promise<void> {
    const doc: ScheduledReminder = {
      id: reminderId(reminder.meetingId, reminder.dueAt),
      day: osloDateStamp(reminder.dueAt),
      docType: "roundTableReminder",
      meetingId: reminder.meetingId,
      conversationId: reminder.conversationId,
      deadline: reminder.deadline.toISOString(),
      dueAt: reminder.dueAt.toISOString(),
      state: "planned",
      ttl: KEEP_SECONDS,
    };
    try {
      await this.container.items.create(doc);
    } catch (error) {
      if (!isConflict(error)) throw error;
      const existing = await this.read(doc.day, doc.id);
      // Planned again for another deadline after it was skipped as stale: plan it anew.
      if (existing && existing.doc.deadline !== doc.deadline && existing.doc.state !== "claimed") await this.replaceIf(doc, existing.etag);
    }
  }

  /** Today's reminders that are due and planned, or claimed longer ago than the lease: one partition. */
  async due(now: Date): Promise<Stored[]> {
    const day = osloDateStamp(now);
    const { resources } = await this.container.items
      .query<Stored>(
        {
          query:
            "SELECT * FROM c WHERE c.day = @day AND c.docType = 'roundTableReminder' AND c.dueAt <= @now " +
            "AND (c.state = 'planned' OR (c.state = 'claimed' AND c.claim.at < @leaseStart))",
          parameters: [
            { name: "@day", value: day },
            { name: "@now", value: now.toISOString() },
            { name: "@leaseStart", value: new Date(now.getTime() - CLAIM_LEASE_MS).toISOString() },
          ],
        },
        { partitionKey: day },
      )
      .fetchAll();
    return resources;
  }

  async read(day: string, id: string): Promise<{ doc: ScheduledReminder; etag: string } | undefined> {
    const { resource } = await this.container.item(id, day).read<ScheduledReminder & Resource>();
    return resource ? { doc: resource, etag: resource._etag } : undefined;
  }

  /** Writes `next` if the reminder is still the version with `etag`; returns the new ETag, or undefined if someone came first. */
  async replaceIf(next: ScheduledReminder, etag: string): Promise<string | undefined> {
    // The document as read carries Cosmos' system properties (_etag, _ts…): not ours to write.
    const body = Object.fromEntries(Object.entries(next).filter(([key]) => !key.startsWith("_"))) as unknown as ScheduledReminder;
    try {
      const { resource } = await this.container
        .item(next.id, next.day)
        .replace<ScheduledReminder>(body, { accessCondition: { type: "IfMatch", condition: etag } });
      return (resource as (ScheduledReminder & Resource) | undefined)?._etag ?? "";
    } catch (error) {
      if (isPreconditionFailed(error)) return undefined;
      throw error;
    }
  }
}
