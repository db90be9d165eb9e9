import type { Container } from "@azure/cosmos";
import { followUpDocId, type FollowUp } from "./follow-up";
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

  /** Applies `decide` under ETag: two leaders changing the same follow-up at once both see the other's change. */
  update<R>(groupId: string, id: string, decide: (followUp: FollowUp) => Decision<FollowUp, R>) {
    return updateWithEtag<FollowUp, R>(this.container.item(followUpDocId(id), groupId), undefined, decide);
  }
}
