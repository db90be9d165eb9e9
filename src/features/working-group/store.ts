import type { Container } from "@azure/cosmos";
import type { Group } from "./group";
import { readVersioned, updateWithEtag, type Decision, type Versioned } from "../../storage/etag-update";
import { isConflict } from "../../storage/storage-errors";
import { SharedReads } from "../../storage/shared-reads";

/**
 * How long a group read serves the clicks of a burst (`readRecent`). A group changes rarely (its
 * members, municipalities and settings; the roles that decide what someone may do are on the
 * meeting), and this process's own writes end the copy at once: only a change made through another
 * instance can be this late on a check-in or a round-table submit.
 */
const GROUP_KEPT_MS = 30_000;

export interface GroupSummary {
  groupId: string;
  name: string;
  roleHolders: string[];
}

/** Container `groups`, partition `/groupId`: one document per faggruppe. */
export class GroupStore {
  private readonly reads = new SharedReads<Versioned<Group> | undefined>({ keepForMs: GROUP_KEPT_MS });

  constructor(private readonly container: Container) {}

  read(groupId: string): Promise<Versioned<Group> | undefined> {
    return this.reads.read(groupId, () => this.load(groupId));
  }

  /** For the many clicks of a meeting: a copy read at most a few seconds ago will do (see GROUP_KEPT_MS). */
  readRecent(groupId: string): Promise<Versioned<Group> | undefined> {
    return this.reads.readRecent(groupId, () => this.load(groupId));
  }

  private load(groupId: string): Promise<Versioned<Group> | undefined> {
    return readVersioned<Group>(this.container.item(groupId, groupId));
  }

  /** Import: last writer wins (the import file is the source of truth). */
  async upsert(group: Group): Promise<Group> {
    this.reads.written(group.groupId);
    const { resource } = await this.container.items.upsert(group);
    this.reads.written(group.groupId);
    return (resource as unknown as Group | undefined) ?? group;
  }

  /** First creation by a user: a group already stored under this id (a retry) is kept as it is. */
  async createIfAbsent(group: Group): Promise<Group> {
    this.reads.written(group.groupId);
    try {
      const { resource } = await this.container.items.create(group);
      this.reads.written(group.groupId);
      return (resource as unknown as Group | undefined) ?? group;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const stored = await this.read(group.groupId);
      if (!stored) throw error;
      return stored.doc;
    }
  }

  async update<R>(groupId: string, decide: (group: Group) => Decision<Group, R>) {
    this.reads.written(groupId);
    const outcome = await updateWithEtag<Group, R>(this.container.item(groupId, groupId), undefined, decide);
    if (outcome?.written) this.reads.written(groupId);
    return outcome;
  }

  /**
   * The groups the person is a member of. Groups are few (dozens): all are read and the members
   * filtered here, which the embedded store and Azure answer alike.
   */
  async ofMember(aadObjectId: string): Promise<Group[]> {
    const { resources } = await this.container.items.query<Group>({ query: "SELECT * FROM c WHERE c.docType = 'group'" }).fetchAll();
    return resources.filter((group) => group.members.some((member) => member.aadObjectId === aadObjectId));
  }

  /** Groups where the person is chair or secretary, and groups nobody holds a role in yet. */
  async linkableBy(aadObjectId: string): Promise<GroupSummary[]> {
    const { resources } = await this.container.items
      .query<GroupSummary>({
        query:
          "SELECT c.groupId, c.name, c.roleHolders FROM c WHERE c.docType = 'group' AND (ARRAY_CONTAINS(c.roleHolders, @aad) OR " +
          "ARRAY_LENGTH(c.roleHolders) = 0)",
        parameters: [{ name: "@aad", value: aadObjectId }],
      })
      .fetchAll();
    return resources.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  }
}
