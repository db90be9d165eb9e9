import type { CosmosClient } from "@azure/cosmos";
import type { JournalRecord } from "./journal-record";
import type { PersistedState } from "./persisted-state";

const SYSTEM_PROPERTIES = ["_rid", "_self", "_etag", "_attachments", "_ts"];
const PARALLEL_WRITES = 32;

/**
 * Loads the persisted state into a fresh (empty) embedded server through the SDK.
 * Documents get new `_etag`s; nothing in the bot keeps an ETag across a restart.
 */
export async function restoreState(client: CosmosClient, state: PersistedState): Promise<void> {
  let pending: Promise<unknown>[] = [];
  for (const record of state.records()) {
    if (record.op === "putDocument") {
      pending.push(putDocument(client, record));
      if (pending.length >= PARALLEL_WRITES) {
        await Promise.all(pending);
        pending = [];
      }
      continue;
    }
    await Promise.all(pending);
    pending = [];
    if (record.op === "createDatabase") await client.databases.createIfNotExists({ id: record.db });
    if (record.op === "createContainer") {
      await client.database(record.db).containers.createIfNotExists({
        id: record.container,
        partitionKey: { paths: record.partitionKeyPaths },
        ...(record.defaultTtl === undefined ? {} : { defaultTtl: record.defaultTtl }),
      });
    }
  }
  await Promise.all(pending);
}

function putDocument(client: CosmosClient, record: Extract<JournalRecord, { op: "putDocument" }>) {
  const document: Record<string, unknown> = { ...record.document };
  for (const property of SYSTEM_PROPERTIES) delete document[property];
  return client.database(record.db).container(record.container).items.upsert(document);
}
