import { ConnectorStandIn } from "./connector-standin";
import { startBot, type BotProcess } from "./bot-process";
import { startTestStorage, type TestStorage } from "./test-storage";

export interface RunningBot {
  storage: TestStorage;
  standIn: ConnectorStandIn;
  bot: BotProcess;
  stop(): Promise<void>;
}

/** Per test file: the embedded Cosmos server, a Bot Connector stand-in and the bot process on free ports. */
export async function startRunningBot(env: Record<string, string> = {}): Promise<RunningBot> {
  const storage = await startTestStorage();
  const standIn = await ConnectorStandIn.start();
  const bot = await startBot({ ...storage.env, ...env });
  return {
    storage,
    standIn,
    bot,
    async stop() {
      await bot.stop();
      await standIn.close();
      await storage.close();
    },
  };
}
