import type { JournalRecord, StoredDocument } from "./journal-record";

interface ContainerState {
  partitionKeyPaths: string[];
  defaultTtl?: number;
  documents: Map<string, StoredDocument>;
}

/** The contents of the embedded store, folded from snapshot and journal records. */
export class PersistedState {
  private readonly databases = new Map<string, Map<string, ContainerState>>();

  apply(record: JournalRecord): void {
    switch (record.op) {
      case "createDatabase":
        if (!this.databases.has(record.db)) this.databases.set(record.db, new Map());
        return;
      case "dropDatabase":
        this.databases.delete(record.db);
        return;
      case "createContainer": {
        const containers = this.database(record.db);
        if (!containers.has(record.container)) {
          const ttl = record.defaultTtl === undefined ? {} : { defaultTtl: record.defaultTtl };
          containers.set(record.container, { partitionKeyPaths: record.partitionKeyPaths, ...ttl, documents: new Map() });
        }
        return;
      }
      case "dropContainer":
        this.databases.get(record.db)?.delete(record.container);
        return;
      case "putDocument": {
        const container = this.container(record.db, record.container);
        const key = documentKey(record.document.id, partitionKeyOf(record.document, container.partitionKeyPaths));
        container.documents.set(key, record.document);
        return;
      }
      case "deleteDocument":
        this.container(record.db, record.container).documents.delete(documentKey(record.id, record.partitionKey));
        return;
    }
  }

  /** The state as the fewest records that rebuild it: databases, containers, then documents. */
  *records(): Generator<JournalRecord> {
    for (const [db, containers] of this.databases) {
      yield { op: "createDatabase", db };
      for (const [container, state] of containers) {
        const ttl = state.defaultTtl === undefined ? {} : { defaultTtl: state.defaultTtl };
        yield { op: "createContainer", db, container, partitionKeyPaths: state.partitionKeyPaths, ...ttl };
        for (const document of state.documents.values()) yield { op: "putDocument", db, container, document };
      }
    }
  }

  /**
   * The documents whose time to live has run out at `nowSeconds`, as Azure Cosmos DB reckons it: only in a
   * container with `defaultTtl` set; an item's own `ttl` wins over the default; -1 never expires; the
   * clock starts at the item's last write (`_ts`).
   */
  *expired(nowSeconds: number): Generator<{ db: string; container: string; id: string; partitionKey: unknown[] }> {
    for (const [db, containers] of this.databases) {
      for (const [container, state] of containers) {
        if (state.defaultTtl === undefined) continue;
        for (const document of state.documents.values()) {
          const ttl = typeof document.ttl === "number" ? document.ttl : state.defaultTtl;
          const written = typeof document._ts === "number" ? document._ts : undefined;
          if (ttl > 0 && written !== undefined && written + ttl <= nowSeconds) {
            const partitionKey = JSON.parse(partitionKeyOf(document, state.partitionKeyPaths)) as unknown[];
            yield { db, container, id: document.id, partitionKey };
          }
        }
      }
    }
  }

  documentCount(): number {
    let count = 0;
    for (const containers of this.databases.values()) {
      for (const state of containers.values()) count += state.documents.size;
    }
    return count;
  }

  private database(db: string): Map<string, ContainerState> {
    let containers = this.databases.get(db);
    if (!containers) {
      containers = new Map();
      this.databases.set(db, containers);
    }
    return containers;
  }

  private container(db: string, name: string): ContainerState {
    const containers = this.database(db);
    let state = containers.get(name);
    if (!state) {
      state = { partitionKeyPaths: [], documents: new Map() };
      containers.set(name, state);
    }
    return state;
  }
}

/**
 * The partition key value of a document, serialised the way the SDK sends it in the
 * `x-ms-documentdb-partitionkey` header (a JSON array), so deletes find what puts stored.
 */
export function partitionKeyOf(document: Record<string, unknown>, paths: string[]): string {
  const values = paths.map((path) => {
    let value: unknown = document;
    for (const segment of path.split("/").filter(Boolean)) {
      value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
    }
    return value === undefined ? {} : value;
  });
  return JSON.stringify(values);
}

function documentKey(id: string, partitionKey: string): string {
  return `${partitionKey}\u0000${id}`;
}
