/**
 * `npm run dev`: the bot on the embedded store plus the Microsoft 365 Agents Playground, a local
 * web client that renders the bot's Adaptive Cards as Teams does. Open the printed address,
 * pick the group chat "Faggruppemøte Næringssamarbeid", type @Møtebot and a command.
 * No Azure, no Teams. The Playground's people and chats: config/m365agentsplayground.yml.
 *
 * Environment: the bot's own settings (see .env.example; BOT_LANGUAGE defaults to nb here,
 * because the Playground always says en-US) and PLAYGROUND_PORT (default 56150).
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { ConfigError, loadConfig } from "../src/config/load-config";
import { createLogger } from "../src/logging/logger";
import { startBot } from "../src/start-bot";

/** The Playground's group chat (config/m365agentsplayground.yml, `groupChat.id`): the chat the panel shows. */
const PLAYGROUND_GROUP_CHAT = "playground-group-chat";

const devSettings = z.object({
  PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65535).default(56150),
});

async function main(): Promise<void> {
  const settings = devSettings.safeParse(process.env);
  if (!settings.success) throw new ConfigError(settings.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const config = loadConfig({ BOT_LANGUAGE: "nb", ...process.env });
  const log = createLogger(config.logLevel);
  const bot = await startBot(config, log);

  const dataDir = config.storage.mode === "embedded" ? config.storage.dataDir : ".data";
  mkdirSync(dataDir, { recursive: true });
  const playground = spawn(
    process.execPath,
    [
      require.resolve("@microsoft/m365agentsplayground/cli.js"),
      "--app-endpoint",
      `http://localhost:${bot.port}/api/messages`,
      "--channel-id",
      "msteams",
      "--port",
      String(settings.data.PLAYGROUND_PORT),
      "--disable-telemetry",
    ],
    {
      env: {
        ...process.env,
        // Without this the Playground tries to open a browser itself and exits where there is none.
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: resolve("config/m365agentsplayground.yml"),
        M365_AGENTS_PLAYGROUND_LOGFILE: resolve(dataDir, "playground.log"),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    playground.kill("SIGTERM");
    await bot.stop();
    process.exit(code);
  };
  playground.stdout?.on("data", (chunk: Buffer) => {
    const listening = /Listening on (\d+)/.exec(chunk.toString());
    if (listening) {
      console.log(`\nMøtebot runs at http://localhost:${bot.port}/api/messages (embedded store in ${dataDir}).`);
      console.log(`Agents Playground: open http://localhost:${listening[1]} in your browser.`);
      console.log(
        `Meeting side panel: open http://localhost:${bot.port}/panel?chatId=${PLAYGROUND_GROUP_CHAT} beside it ` +
          `(a development-only picker chooses whom you see it as).`,
      );
      console.log(`In the group chat "Faggruppemøte Næringssamarbeid", type @Møtebot and then «hjelp». Ctrl+C stops both.\n`);
    }
  });
  playground.once("exit", (code) => {
    if (!stopping) {
      log.error({ code }, "the Agents Playground stopped");
      void stop(1);
    }
  });
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
