import { ConfigError, loadConfig } from "./config/load-config";
import { createLogger } from "./logging/logger";
import { routeConsoleToLog } from "./logging/console-to-log";
import { startBot } from "./start-bot";

/** `npm start`: configuration from the environment, then the bot server until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Møtebot cannot start.\n${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  routeConsoleToLog(log);
  const bot = await startBot(config, log);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Møtebot failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
