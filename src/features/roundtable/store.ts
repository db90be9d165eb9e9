import { createHash } from "node:crypto";
import type { Container, Resource } from "@azure/cosmos";
import type { RoundTableEntry } from "./roundtable";
import type { Versioned } from "../../storage/etag-update";
import { isConflict, isPreconditionFailed } from "../../storage/storage-errors";

/** One id per municipality and meeting: a second create for it conflicts instead of duplicating. */
export const entryId = (municipality: string): string =>
  `roundtable:${createHash("sha256").update(municipality).digest("hex").slice(0, 24)}`;

export type WriteResult = { ok: true; entry: Versioned<RoundTableEntry> } | { ok: false; conflict: true };

/** Round-table entries in container `meetings` (partition `/meetingId`), one per municipality. */
export class RoundTableStore {
  constructor(private readonly container: Container) {}

  async read(meetingId: string, municipality: string): Promise<Versioned<RoundTableEntry> | undefined> {
    const { resource } = await this.container.item(entryId(municipality), meetingId).read<RoundTableEntry & Resource>();
    return resource ? { doc: resource, etag: resource._etag } : undefined;
  }

  /**
   * Writes the entry if it is still the version read just before (`baseEtag`; none = there was
   * no entry). Otherwise nothing is written and the caller shows the writer both versions.
   */
  async write(entry: RoundTableEntry, baseEtag: string | undefined): Promise<WriteResult> {
    try {
      const response = baseEtag
        ? await this.container.item(entry.id, entry.meetingId).replace(entry, { accessCondition: { type: "IfMatch", condition: baseEtag } })
        : await this.container.items.create(entry);
      const stored = response.resource as (RoundTableEntry & Resource) | undefined;
      return { ok: true, entry: { doc: stored ?? entry, etag: stored?._etag ?? "" } };
    } catch (error) {
      if (isConflict(error) || isPreconditionFailed(error)) return { ok: false, conflict: true };
      throw error;
    }
  }

  async list(meetingId: string): Promise<Array<RoundTableEntry & { _etag: string }>> {
    const { resources } = await this.container.items
      .query<RoundTableEntry & { _etag: string }>(
        {
          query: "SELECT * FROM c WHERE c.meetingId = @m AND c.docType = 'roundTableEntry'",
          parameters: [{ name: "@m", value: meetingId }],
        },
        { partitionKey: meetingId },
      )
      .fetchAll();
    return resources;
  }
}
