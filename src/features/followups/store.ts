import type { Container } from "@azure/cosmos";
import { FOLLOW_UP_LIMITS, followUpDocId, type FollowUp } from "./follow-up";
import { LEDGER_ID, withReservation, type OpenFollowUpLedger } from "./open-ledger";
import { readVersioned, updateWithEtag, type Decision } from "../../storage/etag-update";
import { isConflict } from "../../storage/storage-errors";
import { partitionDocs } from "../../storage/partition-docs";

/** Container `groups`, partition `/groupId`: one document per follow-up (see follow-up.ts). */
export class FollowUpStore {
  constructor(private readonly container: Container) {}

  /** Every follow-up of the group, open or not: one single-partition query. */
  list(groupId: string): Promise<FollowUp[]> {
    return partitionDocs<FollowUp>(this.container, "groupId", groupId, "followUp");
  }

  async read(groupId: string, id: string): Promise<FollowUp | undefined> {
    return (await readVersioned<FollowUp>(this.container.item(followUpDocId(id), groupId)))?.doc;
  }

  /** Creates it unless a retried delivery already did (same id): returns the stored one and whether this call created it. */
  async createIfAbsent(followUp: FollowUp): Promise<{ followUp: FollowUp; created: boolean }> {
    try {
      const { resource } = await this.container.items.create(followUp);
      return { followUp: (resource as unknown as FollowUp | undefined) ?? followUp, created: true };
    } catch (error) {
      if (!isConflict(error)) throw error;
      const stored = await this.read(followUp.groupId, followUp.id.replace(/^followUp:/, ""));
      if (!stored) throw error;
      return { followUp: stored, created: false };
    }
  }

  /**
   * Reserves a place for a new open follow-up in the group's ledger (see open-ledger.ts): true if
   * it has one (now, or from a retried delivery), false if the group has its limit of open ones.
   */
  async reserveOpen(groupId: string, id: string, known: readonly FollowUp[], now: Date): Promise<boolean> {
    const reserve = (entries: OpenFollowUpLedger["entries"]) =>
      withReservation(entries, followUpDocId(id), known, now, FOLLOW_UP_LIMITS.openPerGroup);
    const item = this.container.item(LEDGER_ID, groupId);
    for (let attempt = 0; attempt < 2; attempt++) {
      const outcome = await updateWithEtag<OpenFollowUpLedger, boolean>(
        item,
        undefined,
        (ledger) => {
          const entries = reserve(ledger.entries);
          return Array.isArray(entries) ? { write: { ...ledger, entries }, result: true } : { result: entries !== undefined };
        },
        // Every leader adding at once contends for this one document.
        10 * FOLLOW_UP_LIMITS.openPerGroup,
      );
      if (outcome) return outcome.result;
      const entries = reserve([]);
      if (!Array.isArray(entries)) return entries !== undefined;
      try {
        await this.container.items.create<OpenFollowUpLedger>({ id: LEDGER_ID, groupId, docType: "openFollowUps", entries });
        return true;
      } catch (error) {
        if (!isConflict(error)) throw error; // another instance created it first: reserve in it
      }
    }
    return false;
  }

  /** Applies `decide` under ETag: two leaders changing the same follow-up at once both see the other's change. */
  update<R>(groupId: string, id: string, decide: (followUp: FollowUp) => Decision<FollowUp, R>) {
    return updateWithEtag<FollowUp, R>(this.container.item(followUpDocId(id), groupId), undefined, decide);
  }
}
