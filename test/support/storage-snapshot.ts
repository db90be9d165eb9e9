/**
 * Everything the bot has stored, read through the Cosmos SDK: every document of every container,
 * without the fields Cosmos maintains itself (`_etag`, `_ts`, `_rid`, `_self`, `_attachments`, `_lsn`…),
 * so two snapshots are equal exactly when the bot's data is.
 */
import { isDeepStrictEqual } from "node:util";
import { containerDefinitions, containerNames } from "../../src/storage/containers";
import type { TestStorage } from "../../scripts/replay/test-storage";

/** `container/id@partition` → the document without system fields. */
export type StorageSnapshot = ReadonlyMap<string, Record<string, unknown>>;

const withoutSystemFields = (doc: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith("_")));

export async function storageSnapshot(storage: TestStorage): Promise<StorageSnapshot> {
  const snapshot = new Map<string, Record<string, unknown>>();
  for (const name of containerNames) {
    const partitionField = containerDefinitions[name].partitionKeyPath.slice(1);
    const { resources } = await storage.container(name).items.readAll<Record<string, unknown> & { id: string }>().fetchAll();
    // The retention sweep's daily claim is the bot's own housekeeping, written on its clock, not by an action.
    for (const doc of resources.filter((each) => each.docType !== "retentionSweep"))
      snapshot.set(`${name}/${doc.id}@${String(doc[partitionField])}`, withoutSystemFields(doc));
  }
  return snapshot;
}

/** What changed from `before` to `after`, one line per document (empty when nothing did). */
export function snapshotChanges(before: StorageSnapshot, after: StorageSnapshot): string[] {
  return changedDocuments(before, after).map(
    ({ change, key, fields }) => `${change} ${key}${fields.length > 0 ? `: ${fields.join(", ")}` : ""}`,
  );
}

/**
 * The same without the ids that differ from one chat to the next: which kinds of document
 * (container and docType) were added, changed (which fields) or removed; sorted.
 */
export function snapshotShape(before: StorageSnapshot, after: StorageSnapshot): string[] {
  return changedDocuments(before, after)
    .map(
      ({ change, key, doc, fields }) =>
        `${change} ${key.split("/")[0] ?? ""}/${String(doc.docType ?? doc.id)}${fields.length > 0 ? `: ${fields.join(", ")}` : ""}`,
    )
    .sort();
}

interface ChangedDocument {
  change: "added" | "changed" | "removed";
  key: string;
  doc: Record<string, unknown>;
  fields: string[];
}

function changedDocuments(before: StorageSnapshot, after: StorageSnapshot): ChangedDocument[] {
  const changes: ChangedDocument[] = [];
  for (const [key, doc] of after) {
    const old = before.get(key);
    if (!old) changes.push({ change: "added", key, doc, fields: [] });
    else if (!isDeepStrictEqual(old, doc)) {
      const fields = [...new Set([...Object.keys(old), ...Object.keys(doc)])].filter((field) => !isDeepStrictEqual(old[field], doc[field]));
      changes.push({ change: "changed", key, doc, fields });
    }
  }
  for (const [key, doc] of before) if (!after.has(key)) changes.push({ change: "removed", key, doc, fields: [] });
  return changes;
}
