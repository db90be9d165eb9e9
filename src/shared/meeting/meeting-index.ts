import type { Container } from "@azure/cosmos";
import { meetingSpan, type Meeting, type MeetingStatus } from "./meeting";
import { updateWithEtag, type Decision } from "../../storage/etag-update";
import { isConflict } from "../../storage/storage-errors";
import { partitionDocs } from "../../storage/partition-docs";

/**
 * The group's archive of meetings: one small document per meeting in container `groups`
 * (partition `/groupId`, id `meetingIndex:<meetingId>`), so the archive is one single-partition
 * query. Its meeting fields are rewritten from the meeting document at every change of what it
 * shows (MeetingStore), its referat fields from the referat head at every draft and approval;
 * each write recomputes from the source, so a write lost to a crash is repaired by the next.
 */
export interface MeetingIndexEntry {
  id: string;
  groupId: string;
  docType: "meetingIndex";
  meetingId: string;
  title: string;
  /** Actual start, else planned, else when it was recorded. */
  start: string;
  status: MeetingStatus;
  /** The meeting had a round table: where the next meeting's forms look for last time's entries. */
  roundTable: boolean;
  latestVersion?: number;
  approvedVersion?: number;
  updatedAt: string;
}

/** What an entry says; `updatedAt` alone changing is no change. */
const FIELDS: Array<keyof MeetingIndexEntry> = [
  "groupId",
  "meetingId",
  "title",
  "start",
  "status",
  "roundTable",
  "latestVersion",
  "approvedVersion",
];

export const meetingIndexId = (meetingId: string): string => `meetingIndex:${meetingId}`;

/** What the index shows of a meeting: changes to anything else (a note, Neste) do not touch it. */
export const indexedFields = (meeting: Meeting) => ({
  groupId: meeting.groupId,
  title: meeting.title,
  start: meetingSpan(meeting).start ?? meeting.createdAt,
  status: meeting.status,
  roundTable: Boolean(meeting.roundTable),
});

export class MeetingIndexStore {
  constructor(private readonly container: Container) {}

  /** Every meeting of the group, newest first (a group meets a handful of times a year). */
  async list(groupId: string): Promise<MeetingIndexEntry[]> {
    const entries = await partitionDocs<MeetingIndexEntry>(this.container, "groupId", groupId, "meetingIndex");
    return entries.sort((a, b) => b.start.localeCompare(a.start) || a.meetingId.localeCompare(b.meetingId));
  }

  /** Rewrites the entry's meeting fields (and, when given, its referat fields) from their sources. */
  async record(meeting: Meeting, now: Date, referat?: { latestVersion: number; approvedVersion?: number }): Promise<void> {
    const { groupId, ...fields } = indexedFields(meeting);
    if (!groupId) return;
    const fresh = (previous?: MeetingIndexEntry): MeetingIndexEntry => {
      const versions = referat ?? previous;
      return {
        id: meetingIndexId(meeting.meetingId),
        groupId,
        docType: "meetingIndex",
        meetingId: meeting.meetingId,
        ...fields,
        ...(versions?.latestVersion ? { latestVersion: versions.latestVersion } : {}),
        ...(versions?.approvedVersion ? { approvedVersion: versions.approvedVersion } : {}),
        updatedAt: now.toISOString(),
      };
    };
    const item = this.container.item(meetingIndexId(meeting.meetingId), groupId);
    // Unchanged but for the time: no write, so repeating a record (a retry, a repairing read) costs one read.
    const decide = (entry: MeetingIndexEntry): Decision<MeetingIndexEntry, undefined> => {
      const next = fresh(entry);
      return FIELDS.every((key) => entry[key] === next[key]) ? { result: undefined } : { write: next, result: undefined };
    };
    if (await updateWithEtag<MeetingIndexEntry, undefined>(item, undefined, decide)) return;
    try {
      await this.container.items.create(fresh());
    } catch (error) {
      if (!isConflict(error)) throw error;
      await updateWithEtag<MeetingIndexEntry, undefined>(item, undefined, decide);
    }
  }
}
