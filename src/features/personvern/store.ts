import type { Container } from "@azure/cosmos";
import { everyDocument } from "../../storage/partition-documents";

/** Cosmos DB's own fields: not what the bot stored about anyone. */
const SYSTEM_FIELDS = new Set(["_rid", "_self", "_etag", "_attachments", "_ts"]);

export interface StoredDocument {
  container: "meetings" | "groups";
  /** The document as stored, without Cosmos DB's system fields. */
  doc: Record<string, unknown>;
}

/**
 * Reads every document a group's data lives in, for the personvern tools: the group's partition of
 * container `groups` (the group, its follow-ups and archive) and each of its meetings' partitions of
 * container `meetings` (the meeting, attendance, round-table entries, referat versions).
 */
export class PersonvernStore {
  constructor(
    private readonly meetings: Container,
    private readonly groups: Container,
  ) {}

  async groupDocuments(groupId: string): Promise<StoredDocument[]> {
    return (await everyDocument(this.groups, "groupId", groupId)).map((doc) => ({ container: "groups", doc: withoutSystem(doc) }));
  }

  async meetingDocuments(meetingId: string): Promise<StoredDocument[]> {
    return (await everyDocument(this.meetings, "meetingId", meetingId)).map((doc) => ({ container: "meetings", doc: withoutSystem(doc) }));
  }
}

const withoutSystem = (doc: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key)));
