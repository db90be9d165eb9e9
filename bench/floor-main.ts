/**
 * The benchmark floor as its own process, configured from the environment exactly like
 * `npm start` (same storage settings, same Cosmos client), so bot and floor are started alike.
 */
import { loadConfig } from "../src/config/load-config";
import { createLogger } from "../src/logging/logger";
import { openStorage } from "../src/storage/open-storage";
import { startFloorServer } from "./floor/floor-application";

async function main(): Promise<void> {
  const config = loadConfig();
  const storage = await openStorage(config.storage, createLogger(config.logLevel));
  const floor = await startFloorServer({
    port: config.port,
    auth: config.auth,
    meetings: storage.container("meetings"),
    isStorageReachable: () => storage.isReachable(),
  });
  const stop = () =>
    void floor
      .close()
      .then(() => storage.close())
      .then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark floor failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
