import type { Container } from "@azure/cosmos";
import { partitionDocs } from "../../storage/partition-docs";
import { attendeeDocId, type Attendee } from "./attendee";
import { readVersioned, updateWithEtag, type Versioned } from "../../storage/etag-update";
import { isConflict } from "../../storage/storage-errors";

/** Attendee documents in container `meetings` (partition `/meetingId`), one per person. */
export class AttendeeStore {
  constructor(private readonly container: Container) {}

  /**
   * Creates or changes one person's document. `change` gets the stored one (or undefined) and
   * returns the new state, or the same object for "nothing to do" (no write). A concurrent
   * create (409) or write (412) makes it run again on the fresh state. `known` is the document
   * as the caller already read it (see `read`), saving the first read; `{ current: undefined }`
   * without a read tries the create first.
   */
  async change(
    meetingId: string,
    personKey: string,
    change: (existing: Attendee | undefined) => Attendee | undefined,
    known?: { current: Versioned<Attendee> | undefined },
  ): Promise<{ attendee: Attendee | undefined; written: boolean }> {
    const item = this.container.item(attendeeDocId(personKey), meetingId);
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = attempt === 0 && known ? known.current : await readVersioned<Attendee>(item);
      const outcome =
        current &&
        (await updateWithEtag<Attendee, undefined>(item, current, (existing) => {
          const next = change(existing);
          return next && next !== existing ? { write: next, result: undefined } : { result: undefined };
        }));
      if (outcome) return { attendee: outcome.doc, written: outcome.written };
      const created = change(undefined);
      if (!created) return { attendee: undefined, written: false };
      try {
        await this.container.items.create(created);
        return { attendee: created, written: true };
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new Error("Gave up on an attendee after repeated conflicts");
  }

  read(meetingId: string, personKey: string): Promise<Versioned<Attendee> | undefined> {
    return readVersioned<Attendee>(this.container.item(attendeeDocId(personKey), meetingId));
  }

  /** All attendees of the meeting: one single-partition query. */
  list(meetingId: string): Promise<Attendee[]> {
    return partitionDocs<Attendee>(this.container, "meetingId", meetingId, "attendee");
  }
}
