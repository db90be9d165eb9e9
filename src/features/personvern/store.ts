import type { Container, Resource } from "@azure/cosmos";
import { everyDocument } from "../../storage/partition-documents";
import { isNotFound, isPreconditionFailed } from "../../storage/storage-errors";

/** Cosmos DB's own fields: not what the bot stored about anyone. */
const SYSTEM_FIELDS = new Set(["_rid", "_self", "_etag", "_attachments", "_ts"]);

export type StoredContainer = "meetings" | "groups";

export interface StoredDocument {
  container: StoredContainer;
  /** The document as stored, without Cosmos DB's system fields. */
  doc: Record<string, unknown>;
  /** The version read: a rewrite is written only over this version. */
  etag?: string;
}

const PARTITION_KEY: Record<StoredContainer, "meetingId" | "groupId"> = { meetings: "meetingId", groups: "groupId" };

/**
 * Reads and rewrites every document a group's data lives in, for the personvern tools: the group's
 * partition of container `groups` (the group, its follow-ups and archive), each of its meetings'
 * partitions of container `meetings` (the meeting, attendance, round-table entries, referat versions),
 * and the innsyn links in `downloadLinks` (they name the person they are about).
 */
export class PersonvernStore {
  constructor(
    private readonly meetings: Container,
    private readonly groups: Container,
    private readonly downloadLinks: Container,
  ) {}

  async groupDocuments(groupId: string): Promise<StoredDocument[]> {
    return (await everyDocument(this.groups, "groupId", groupId)).map((doc) => stored("groups", doc));
  }

  async meetingDocuments(meetingId: string): Promise<StoredDocument[]> {
    return (await everyDocument(this.meetings, "meetingId", meetingId)).map((doc) => stored("meetings", doc));
  }

  async read(container: StoredContainer, id: string, partition: string): Promise<StoredDocument | undefined> {
    const { resource } = await this.container(container).item(id, partition).read<Record<string, unknown> & Resource>();
    return resource ? stored(container, resource) : undefined;
  }

  /** Writes `next` over the version read; false when someone wrote it since (or deleted it). */
  async replace(current: StoredDocument, next: Record<string, unknown>): Promise<boolean> {
    const { id, partition } = keysOf(current);
    try {
      await this.container(current.container)
        .item(id, partition)
        .replace(next, current.etag ? { accessCondition: { type: "IfMatch", condition: current.etag } } : {});
      return true;
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return false;
      throw error;
    }
  }

  /** Writes `doc` in place of `current` under a new id, then deletes `current` if it is still the version read. */
  async move(current: StoredDocument, doc: Record<string, unknown>): Promise<boolean> {
    await this.container(current.container).items.upsert(doc);
    return this.remove(current);
  }

  /** Deletes the version read; false when someone wrote it since. Already gone counts as done. */
  async remove(current: StoredDocument): Promise<boolean> {
    const { id, partition } = keysOf(current);
    try {
      await this.container(current.container)
        .item(id, partition)
        .delete(current.etag ? { accessCondition: { type: "IfMatch", condition: current.etag } } : {});
      return true;
    } catch (error) {
      if (isNotFound(error)) return true;
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /** The innsyn links that name someone (each names the person it is about): a cross-partition query, rare. */
  async innsynLinks(): Promise<Array<{ id: string; tokenHash: string; subject?: { aadObjectId?: string; name: string } }>> {
    const { resources } = await this.downloadLinks.items
      .query<{ id: string; tokenHash: string; subject?: { aadObjectId?: string; name: string } }>(
        "SELECT c.id, c.tokenHash, c.subject FROM c WHERE c.kind = 'innsyn'",
      )
      .fetchAll();
    return resources;
  }

  /** A meeting's download links (referat versions, the notice): a cross-partition query, once a day at most. */
  async meetingLinks(meetingId: string): Promise<Array<{ id: string; tokenHash: string }>> {
    const { resources } = await this.downloadLinks.items
      .query<{ id: string; tokenHash: string }>({
        query: "SELECT c.id, c.tokenHash FROM c WHERE c.meetingId = @meetingId",
        parameters: [{ name: "@meetingId", value: meetingId }],
      })
      .fetchAll();
    return resources;
  }

  /** Every group with the referats it has approved: what the retention sweep goes through. */
  async groupsWithApprovals(): Promise<Array<{ groupId: string; approvedReferats?: Array<{ meetingId: string; approvedAt: string }> }>> {
    const { resources } = await this.groups.items
      .query<{ groupId: string; approvedReferats?: Array<{ meetingId: string; approvedAt: string }> }>(
        "SELECT c.groupId, c.approvedReferats FROM c WHERE c.docType = 'group'",
      )
      .fetchAll();
    return resources;
  }

  async removeLink(link: { id: string; tokenHash: string }): Promise<void> {
    try {
      await this.downloadLinks.item(link.id, link.tokenHash).delete();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  private container(name: StoredContainer): Container {
    return name === "meetings" ? this.meetings : this.groups;
  }
}

const keysOf = (current: StoredDocument): { id: string; partition: string } => ({
  id: String(current.doc.id),
  partition: String(current.doc[PARTITION_KEY[current.container]]),
});

function stored(container: StoredContainer, doc: Record<string, unknown>): StoredDocument {
  const etag = typeof doc._etag === "string" ? doc._etag : undefined;
  return {
    container,
    doc: Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key))),
    ...(etag ? { etag } : {}),
  };
}
