import { LOCAL_EMULATOR_KEY } from "../../src/storage/cosmos-client";
import { freePort, startBot, tempDataDir, type BotProcess } from "../../scripts/replay/bot-process";
import { postActivity, type HttpResult } from "../../scripts/replay/bot-client";

/**
 * A bot process a test may SIGKILL at any moment; it comes back on the same storage (and a new
 * port). `deliver` behaves like Teams: an activity whose request died with the process is
 * delivered again, with the same activity id, once the bot is back.
 */
export class RestartableBot {
  restarts = 0;
  /** Deliveries sent again because the process died under them (or was down when they came). */
  redelivered = 0;
  private generation = 0;
  /** What the processes killed so far wrote. */
  private earlierOutput = "";
  private ready: Promise<void> = Promise.resolve();

  private constructor(
    private current: BotProcess,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string>): Promise<RestartableBot> {
    return new RestartableBot(await startBot(env), env);
  }

  /**
   * On the bot's own embedded store in a fresh DATA_DIR, so its journal is what survives a kill.
   * `storageEnv` reaches that store from outside (e.g. `npm run group:import`) while the bot runs.
   */
  static async onEmbeddedStore(): Promise<{ bot: RestartableBot; storageEnv: Record<string, string> }> {
    const cosmosPort = await freePort();
    const bot = await RestartableBot.start({ DATA_DIR: tempDataDir(), EMBEDDED_COSMOS_PORT: String(cosmosPort) });
    const storageEnv = {
      COSMOS_ENDPOINT: `https://127.0.0.1:${cosmosPort}/`,
      COSMOS_KEY: LOCAL_EMULATOR_KEY,
      COSMOS_ALLOW_SELF_SIGNED: "true",
    };
    return { bot, storageEnv };
  }

  /** Everything every process so far wrote (stdout and stderr). */
  output(): string {
    return this.earlierOutput + this.current.output();
  }

  url(): string {
    return this.current.url;
  }

  /** SIGKILL now; resolves when a new process on the same storage answers /healthz. */
  killAndRestart(): Promise<void> {
    const previous = this.ready;
    this.generation++;
    this.ready = (async () => {
      await previous;
      await this.current.stop("SIGKILL");
      this.earlierOutput += `${this.current.output()}\n--- SIGKILL, restart ---\n`;
      this.current = await startBot(this.env);
      this.restarts++;
    })();
    return this.ready;
  }

  readonly deliver = async (activity: Record<string, unknown>): Promise<HttpResult> => {
    for (;;) {
      await this.ready;
      const generation = this.generation;
      try {
        return await postActivity(this.current.url, activity);
      } catch (error) {
        if (generation === this.generation) throw error; // the bot was not killed: a real failure
        this.redelivered++;
        await this.ready;
      }
    }
  };

  stop(): Promise<number | string> {
    return this.current.stop();
  }
}
