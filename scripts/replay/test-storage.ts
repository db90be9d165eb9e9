import type { Container } from "@azure/cosmos";
import { LOCAL_EMULATOR_KEY } from "../../src/storage/cosmos-client";
import { startEmbeddedCosmos, type EmbeddedCosmos, type RequestInspector } from "../../src/storage/embedded/embedded-cosmos-server";
import { RequestCounter } from "./request-counter";
import { ThrottleInjector } from "./throttle-injector";
import { tempDataDir } from "./bot-process";

export interface TestStorage {
  /** The server now running (a new one after `restart`). */
  readonly cosmos: EmbeddedCosmos;
  /** Environment that points a bot process at this server. */
  env: Record<string, string>;
  /** Answers the next requests with 429 on demand (kept across restarts). */
  throttle: ThrottleInjector;
  /** Requests the server answered, by kind (kept across restarts). */
  requests: RequestCounter;
  container(name: string): Container;
  /** Stops the server: storage is down for the bot until `restart`. */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data folder, with what it acknowledged. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The embedded Cosmos server in the test process: the bot reaches it over HTTPS, tests read it directly. */
export async function startTestStorage(database = "motebot"): Promise<TestStorage> {
  const throttle = new ThrottleInjector();
  const requests = new RequestCounter();
  const inspect: RequestInspector = { observe: (req) => requests.observe(req), intercept: (req, res) => throttle.intercept(req, res) };
  let cosmos: EmbeddedCosmos | undefined = await startEmbeddedCosmos({ dataDir: tempDataDir(), port: 0, inspect });
  const { dataDir, endpoint } = cosmos;
  const running = (): EmbeddedCosmos => {
    if (!cosmos) throw new Error("the test's Cosmos server is stopped");
    return cosmos;
  };
  const stop = async (): Promise<void> => {
    const stopping = cosmos;
    cosmos = undefined;
    await stopping?.close();
  };
  return {
    get cosmos() {
      return running();
    },
    env: {
      COSMOS_ENDPOINT: endpoint,
      COSMOS_KEY: LOCAL_EMULATOR_KEY,
      COSMOS_ALLOW_SELF_SIGNED: "true",
      COSMOS_DATABASE: database,
    },
    throttle,
    requests,
    container: (name) => running().client.database(database).container(name),
    stop,
    async restart() {
      await stop();
      cosmos = await startEmbeddedCosmos({ dataDir, port: Number(new URL(endpoint).port), inspect });
    },
    close: stop,
  };
}
