import type { Container } from "@azure/cosmos";
import { LOCAL_EMULATOR_KEY } from "../../src/storage/cosmos-client";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/storage/embedded/embedded-cosmos-server";
import { tempDataDir } from "./bot-process";

export interface TestStorage {
  cosmos: EmbeddedCosmos;
  /** Environment that points a bot process at this server. */
  env: Record<string, string>;
  container(name: string): Container;
  close(): Promise<void>;
}

/** The embedded Cosmos server in the test process: the bot reaches it over HTTPS, tests read it directly. */
export async function startTestStorage(database = "motebot"): Promise<TestStorage> {
  const cosmos = await startEmbeddedCosmos({ dataDir: tempDataDir(), port: 0 });
  return {
    cosmos,
    env: {
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: LOCAL_EMULATOR_KEY,
      COSMOS_ALLOW_SELF_SIGNED: "true",
      COSMOS_DATABASE: database,
    },
    container: (name) => cosmos.client.database(database).container(name),
    close: () => cosmos.close(),
  };
}
