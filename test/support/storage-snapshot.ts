/**
 * Everything the bot has stored, read through the Cosmos SDK: every document of every container,
 * without the fields Cosmos maintains itself (`_etag`, `_ts`, `_rid`, `_self`, `_attachments`, `_lsn`…),
 * so two snapshots are equal exactly when the bot's data is.
 */
import { isDeepStrictEqual } from "node:util";
import { containerDefinitions, containerNames } from "../../src/storage/containers";
import type { TestStorage } from "../harness/test-storage";

/** `container/id@partition` → the document without system fields. */
export type StorageSnapshot = ReadonlyMap<string, Record<string, unknown>>;

const withoutSystemFields = (doc: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith("_")));

export async function storageSnapshot(storage: TestStorage): Promise<StorageSnapshot> {
  const snapshot = new Map<string, Record<string, unknown>>();
  for (const name of containerNames) {
    const partitionField = containerDefinitions[name].partitionKeyPath.slice(1);
    const { resources } = await storage.container(name).items.readAll<Record<string, unknown> & { id: string }>().fetchAll();
    for (const doc of resources) snapshot.set(`${name}/${doc.id}@${String(doc[partitionField])}`, withoutSystemFields(doc));
  }
  return snapshot;
}

/** What changed from `before` to `after`, one line per document (empty when nothing did). */
export function snapshotChanges(before: StorageSnapshot, after: StorageSnapshot): string[] {
  const changes: string[] = [];
  for (const [key, doc] of after) {
    const old = before.get(key);
    if (!old) changes.push(`added ${key}`);
    else if (!isDeepStrictEqual(old, doc)) {
      const fields = [...new Set([...Object.keys(old), ...Object.keys(doc)])].filter((field) => !isDeepStrictEqual(old[field], doc[field]));
      changes.push(`changed ${key}: ${fields.join(", ")}`);
    }
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes;
}
