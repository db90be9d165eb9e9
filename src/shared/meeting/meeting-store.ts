import type { Container } from "@azure/cosmos";
import type { Meeting } from "./meeting";
import { readVersioned, updateWithEtag, type Decision, type Versioned } from "../../storage/etag-update";
import { isConflict } from "../../storage/storage-errors";
import { indexedFields, type MeetingIndexStore } from "./meeting-index";
import { SharedReads } from "../../storage/shared-reads";

const MEETING_ID = "meeting";
const REMEMBERED_ACTIVITIES = 100;

export type MeetingDecision<R> = Decision<Meeting, R>;

/**
 * Container `meetings`, partition `/meetingId`: the meeting document. A write that changes what
 * the group's archive shows (title, start, status, group, round table) also rewrites the
 * meeting's index entry (meeting-index.ts).
 */
export class MeetingStore {
  private readonly reads = new SharedReads<Versioned<Meeting> | undefined>();

  constructor(
    private readonly container: Container,
    private readonly index?: MeetingIndexStore,
  ) {}

  read(meetingId: string): Promise<Versioned<Meeting> | undefined> {
    return this.reads.read(meetingId, () => readVersioned<Meeting>(this.container.item(MEETING_ID, meetingId)));
  }

  /** Creates the meeting unless it exists; either way returns the stored one (409 → read). */
  async createIfAbsent(meeting: Meeting): Promise<Versioned<Meeting>> {
    this.reads.written(meeting.meetingId);
    try {
      const { resource } = await this.container.items.create(meeting);
      this.reads.written(meeting.meetingId);
      if (resource) {
        if (meeting.groupId) await this.index?.record(meeting, new Date(meeting.createdAt));
        return { doc: resource as unknown as Meeting, etag: resource._etag };
      }
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const stored = await this.read(meeting.meetingId);
    if (!stored) throw new Error("Meeting vanished right after it was created");
    return stored;
  }

  /**
   * Applies `decide` under ETag. With `activityId`, a delivery already applied is recognised
   * (Teams retries) and `onDuplicate` answers instead, without a write.
   */
  async update<R>(
    meetingId: string,
    current: Versioned<Meeting> | undefined,
    decide: (meeting: Meeting) => MeetingDecision<R>,
    options: { activityId?: string; onDuplicate?: (meeting: Meeting) => R; now: Date },
  ): Promise<{ result: R; meeting: Meeting; written: boolean; duplicate: boolean } | undefined> {
    const { activityId, onDuplicate, now } = options;
    let duplicate = false;
    let reindex = false;
    this.reads.written(meetingId);
    const outcome = await updateWithEtag<Meeting, R>(this.container.item(MEETING_ID, meetingId), current, (meeting) => {
      duplicate = Boolean(activityId && onDuplicate && meeting.handledActivityIds.includes(activityId));
      if (duplicate && onDuplicate) return { result: onDuplicate(meeting) };
      const decision = decide(meeting);
      if (!("write" in decision)) return decision;
      reindex = JSON.stringify(indexedFields(meeting)) !== JSON.stringify(indexedFields(decision.write));
      const handled = activityId ? [...meeting.handledActivityIds, activityId].slice(-REMEMBERED_ACTIVITIES) : meeting.handledActivityIds;
      return { result: decision.result, write: { ...decision.write, handledActivityIds: handled, updatedAt: now.toISOString() } };
    });
    if (outcome?.written) this.reads.written(meetingId);
    if (outcome?.written && reindex) await this.index?.record(outcome.doc, now);
    return outcome && { result: outcome.result, meeting: outcome.doc, written: outcome.written, duplicate };
  }

  /** Records a Teams activity as handled on the meeting (no write if it is already). */
  async recordActivity(current: Versioned<Meeting>, activityId: string, now: Date): Promise<void> {
    await this.update(current.doc.meetingId, current, (meeting) => ({ write: meeting, result: undefined }), {
      activityId,
      onDuplicate: () => undefined,
      now,
    });
  }
}
