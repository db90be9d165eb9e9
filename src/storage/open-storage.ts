import type { Container, CosmosClient, Database } from "@azure/cosmos";
import type { StorageConfig } from "../config/load-config";
import type { Logger } from "../logging/logger";
import { containerDefinitions, containerNames, type ContainerName } from "./containers";
import { createCosmosClient } from "./cosmos-client";
import { cosmosStatus } from "./storage-errors";

export interface Storage {
  readonly mode: StorageConfig["mode"];
  readonly endpoint: string;
  container(name: ContainerName): Container;
  /** A cheap read that proves Cosmos answers; false on any failure or after `timeoutMs`. */
  isReachable(timeoutMs?: number): Promise<boolean>;
  /** Syncs and releases everything (the embedded server's journal included). */
  close(): Promise<void>;
}

/** Opens Azure Cosmos DB or the embedded server, and creates the database and containers if missing. */
export async function openStorage(config: StorageConfig, log: Logger): Promise<Storage> {
  let client: CosmosClient;
  let endpoint: string;
  let closeServer = async (): Promise<void> => {};
  if (config.mode === "embedded") {
    // Loaded only for the embedded store: the server's dependencies cost memory and start time.
    const { startEmbeddedCosmos } = await import("./embedded/embedded-cosmos-server");
    const embedded = await startEmbeddedCosmos({ dataDir: config.dataDir, port: config.port });
    client = embedded.client;
    endpoint = embedded.endpoint;
    closeServer = embedded.close;
    log.info({ endpoint, dataDir: config.dataDir, restoredDocuments: embedded.restoredDocuments }, "embedded Cosmos server started");
  } else {
    client = createCosmosClient(config);
    endpoint = config.endpoint;
    log.info({ endpoint, auth: config.key ? "key" : "entra-id" }, "using Azure Cosmos DB");
  }

  const database = await ensureDatabase(client, config.database);
  const containers = new Map<ContainerName, Container>(
    await Promise.all(containerNames.map(async (name) => [name, await ensureContainer(database, name)] as const)),
  );

  return {
    mode: config.mode,
    endpoint,
    container(name) {
      const container = containers.get(name);
      if (!container) throw new Error(`Unknown container ${name}`);
      return container;
    },
    async isReachable(timeoutMs = 2000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const read = database.read({ abortSignal: AbortSignal.timeout(timeoutMs) }).then(
        () => true,
        () => false,
      );
      const result = await Promise.race([read, timeout]);
      clearTimeout(timer);
      return result;
    },
    async close() {
      if (config.mode === "azure") client.dispose();
      await closeServer();
    },
  };
}

/**
 * With Entra ID and only a data-plane role, creating resources is forbidden (403): the
 * infrastructure templates create them, and reading proves they are there.
 */
async function ensureDatabase(client: CosmosClient, id: string): Promise<Database> {
  try {
    return (await client.databases.createIfNotExists({ id })).database;
  } catch (error) {
    if (cosmosStatus(error) !== 403) throw error;
    const database = client.database(id);
    await database.read();
    return database;
  }
}

async function ensureContainer(database: Database, name: ContainerName): Promise<Container> {
  const definition = containerDefinitions[name];
  try {
    return (
      await database.containers.createIfNotExists({
        id: definition.id,
        partitionKey: { paths: [definition.partitionKeyPath] },
        ...("defaultTtl" in definition ? { defaultTtl: definition.defaultTtl } : {}),
      })
    ).container;
  } catch (error) {
    if (cosmosStatus(error) !== 403) throw error;
    const container = database.container(definition.id);
    await container.read();
    return container;
  }
}
