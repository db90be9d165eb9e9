import type { Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { createHttpsServer } from "@vercel/cosmosdb-server";
import type { CosmosClient } from "@azure/cosmos";
import { createCosmosClient, LOCAL_EMULATOR_KEY } from "../cosmos-client";
import { lockDataFolder } from "./data-folder-lock";
import { JournalFile } from "./journal-file";
import type { JournalRecord } from "./journal-record";
import { azureRulesListener } from "./azure-rules";
import { journalingListener } from "./journaling-listener";
import { scanOnlyTheQueriedPartition } from "./partition-scan";
import { restoreState } from "./restore-state";
import type { PersistedState } from "./persisted-state";

/** Sees each request before the server does (tests count them, or answer some with 429 themselves). */
export interface RequestInspector {
  observe?(req: IncomingMessage): void;
  /** True when it answered the request itself. */
  intercept?(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface EmbeddedCosmos {
  endpoint: string;
  dataDir: string;
  /** A client for this server (self-signed certificate accepted for this client only). */
  client: CosmosClient;
  restoredDocuments: number;
  /** Stops the server and syncs the journal. */
  close(): Promise<void>;
}

/**
 * Starts `@vercel/cosmosdb-server` in-process on 127.0.0.1 with its data persisted under
 * `dataDir/cosmos`: the server itself is memory-only, so every write it acknowledges is
 * journaled first and the state is restored at the next start.
 */
export async function startEmbeddedCosmos(options: {
  dataDir: string;
  port: number;
  /** Tests and the benchmark only. */
  inspect?: RequestInspector;
}): Promise<EmbeddedCosmos> {
  const journal = new JournalFile(join(options.dataDir, "cosmos"));
  const unlock = lockDataFolder(journal.folder);
  try {
    const { state } = journal.load();
    let sink: ((record: JournalRecord) => void) | undefined;

    scanOnlyTheQueriedPartition();
    const server: Server = createHttpsServer({ keepAlive: true });
    const [inner] = server.listeners("request") as RequestListener[];
    if (!inner) throw new Error("cosmosdb-server registered no request listener");
    server.removeAllListeners("request");
    // Azure's rules first: what they refuse is never journaled.
    const served = azureRulesListener(journalingListener(inner, () => sink));
    const inspect = options.inspect;
    server.on("request", (req, res) => {
      inspect?.observe?.(req);
      if (!inspect?.intercept?.(req, res)) served(req, res);
    });

    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const endpoint = `https://127.0.0.1:${port}/`;
    const client = createCosmosClient({ endpoint, key: LOCAL_EMULATOR_KEY, allowSelfSigned: true });

    // What expired while the store was down is neither restored nor written to the new snapshot.
    for (const gone of [...state.expired(Date.now() / 1000)]) {
      state.apply({
        op: "deleteDocument",
        db: gone.db,
        container: gone.container,
        id: gone.id,
        partitionKey: JSON.stringify(gone.partitionKey),
      });
    }
    await restoreState(client, state);
    journal.compact(state);
    sink = (record) => {
      journal.append(record);
      state.apply(record);
    };
    const expiry = expireEverySecond(client, state);

    return {
      endpoint,
      dataDir: options.dataDir,
      client,
      restoredDocuments: state.documentCount(),
      close: async () => {
        clearInterval(expiry);
        sink = undefined;
        client.dispose();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        journal.closeJournal();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * Azure Cosmos DB deletes an item whose time to live has run out (in a container with `defaultTtl`);
 * `@vercel/cosmosdb-server` keeps it. Each second the expired items are deleted through the server, so
 * the delete is journaled like any other. (Azure hides an expired item at once; here it may be seen for
 * up to a second more.)
 */
function expireEverySecond(client: CosmosClient, state: PersistedState): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      for (const gone of [...state.expired(Date.now() / 1000)]) {
        const [key] = gone.partitionKey;
        await client
          .database(gone.db)
          .container(gone.container)
          .item(gone.id, key as string)
          .delete()
          .catch(() => undefined);
      }
    })().finally(() => (running = false));
  }, 1000);
  timer.unref();
  return timer;
}
