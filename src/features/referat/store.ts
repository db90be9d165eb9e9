import type { Container, Resource } from "@azure/cosmos";
import type { Attendee } from "../attendance";
import type { Referat } from "./referat";
import { contentHashOf, versionDocId, type ReferatHead, type ReferatVersion } from "./referat-version";
import type { RoundTableEntry } from "../roundtable";
import { readVersioned, updateWithEtag, type Versioned } from "../../storage/etag-update";
import { isConflict, isPreconditionFailed } from "../../storage/storage-errors";

/** Everything of a meeting's partition the referat needs besides the meeting document. */
export interface MeetingContents {
  attendees: Attendee[];
  entries: RoundTableEntry[];
  head?: Versioned<ReferatHead>;
}

export type Author = ReferatVersion["createdBy"];

const HEAD_ID = "referat";
const MAX_ATTEMPTS = 8;

/** Referat versions and their head, in container `meetings` (partition `/meetingId`). */
export class ReferatStore {
  constructor(private readonly container: Container) {}

  /** Attendees, round-table entries and the referat head: one single-partition query. */
  async contents(meetingId: string): Promise<MeetingContents> {
    const { resources } = await this.container.items
      .query<(Attendee | RoundTableEntry | ReferatHead) & Resource>(
        {
          query:
            "SELECT * FROM c WHERE c.meetingId = @m AND (c.docType = 'attendee' OR c.docType = 'roundTableEntry' OR c.docType = " +
            "'referatHead')",
          parameters: [{ name: "@m", value: meetingId }],
        },
        { partitionKey: meetingId },
      )
      .fetchAll();
    const contents: MeetingContents = { attendees: [], entries: [] };
    for (const doc of resources) {
      if (doc.docType === "attendee") contents.attendees.push(doc);
      else if (doc.docType === "roundTableEntry") contents.entries.push(doc);
      else contents.head = { doc, etag: doc._etag };
    }
    return contents;
  }

  async version(meetingId: string, version: number): Promise<Versioned<ReferatVersion> | undefined> {
    return readVersioned<ReferatVersion>(this.container.item(versionDocId(version), meetingId));
  }

  readHead(meetingId: string): Promise<Versioned<ReferatHead> | undefined> {
    return readVersioned<ReferatHead>(this.container.item(HEAD_ID, meetingId));
  }

  /**
   * Stores `referat` as the next version unless the newest version already has this content
   * (then that one is returned, `created: false`). The head is moved first, under ETag, so two
   * drafts at once get different numbers; a version whose head moved but which was never
   * written (a crash in between) is written by the next call.
   */
  async saveDraft(
    meetingId: string,
    groupId: string,
    referat: Referat,
    author: Author,
    now: Date,
    head: Versioned<ReferatHead> | undefined,
  ): Promise<{ version: ReferatVersion; created: boolean }> {
    const contentHash = contentHashOf(referat);
    let current = head;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) current = await this.readHead(meetingId);
      const draft = (version: number): ReferatVersion => ({
        id: versionDocId(version),
        meetingId,
        docType: "referatVersion",
        version,
        groupId,
        contentHash,
        referat,
        createdAt: now.toISOString(),
        createdBy: author,
      });
      if (current && current.doc.latestHash === contentHash) {
        const existing = await this.version(meetingId, current.doc.latestVersion);
        if (existing) return { version: existing.doc, created: false };
        return { version: await this.createVersion(draft(current.doc.latestVersion)), created: true };
      }
      const next = (current?.doc.latestVersion ?? 0) + 1;
      const moved = await this.moveHead(meetingId, current, { latestVersion: next, latestHash: contentHash }, now);
      if (!moved) continue;
      return { version: await this.createVersion(draft(next)), created: true };
    }
    throw new Error("Gave up saving a referat draft after repeated conflicts");
  }

  /**
   * Marks the newest version approved (it is locked from then on). Running it again repairs
   * a head that a crash left behind and reports `alreadyApproved`.
   */
  async approveLatest(
    meetingId: string,
    by: Author,
    now: Date,
  ): Promise<{ kind: "noDraft" } | { kind: "approved" | "alreadyApproved"; version: ReferatVersion }> {
    const head = await this.readHead(meetingId);
    if (!head) return { kind: "noDraft" };
    const item = this.container.item(versionDocId(head.doc.latestVersion), meetingId);
    const outcome = await updateWithEtag<ReferatVersion, boolean>(item, undefined, (version) =>
      version.approved ? { result: false } : { write: { ...version, approved: { at: now.toISOString(), by } }, result: true },
    );
    if (!outcome) return { kind: "noDraft" };
    await updateWithEtag<ReferatHead, undefined>(this.container.item(HEAD_ID, meetingId), head, (doc) =>
      doc.latestVersion === outcome.doc.version && doc.approvedVersion !== outcome.doc.version
        ? { write: { ...doc, approvedVersion: outcome.doc.version, updatedAt: now.toISOString() }, result: undefined }
        : { result: undefined },
    );
    return { kind: outcome.result ? "approved" : "alreadyApproved", version: outcome.doc };
  }

  private async moveHead(
    meetingId: string,
    current: Versioned<ReferatHead> | undefined,
    change: Pick<ReferatHead, "latestVersion" | "latestHash">,
    now: Date,
  ): Promise<boolean> {
    const doc: ReferatHead = {
      ...(current?.doc ?? { id: HEAD_ID, meetingId, docType: "referatHead" as const }),
      ...change,
      updatedAt: now.toISOString(),
    };
    try {
      if (current)
        await this.container.item(HEAD_ID, meetingId).replace(doc, { accessCondition: { type: "IfMatch", condition: current.etag } });
      else await this.container.items.create(doc);
      return true;
    } catch (error) {
      if (isConflict(error) || isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /** A version is created once; if it is already there (a retry), the stored one stands. */
  private async createVersion(version: ReferatVersion): Promise<ReferatVersion> {
    try {
      await this.container.items.create(version);
      return version;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const stored = await this.version(version.meetingId, version.version);
      if (!stored) throw error;
      return stored.doc;
    }
  }
}
