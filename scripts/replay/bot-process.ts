import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(__dirname, "../..");

/** Node's options as `npm start` gives them (package.json), before the script to run. */
export const NODE_ARGS = ["--expose-gc", "--heap-growing-percent=10", "--disable-warning=DEP0111"];

/** `npm run dev`'s: the same, with the source run through tsx. */
export const DEV_NODE_ARGS = [...NODE_ARGS, "--import", "tsx"];

/** What `npm start` runs: the compiled bot (tsconfig.build.json writes dist/). */
export const BOT_ENTRY = "dist/src/main.js";

let built = false;

/**
 * Compiles src/ (and the benchmark's floor) to dist/ once per test process, as `npm start`'s
 * prestart does: incremental, about 2 s when nothing changed. So a single test file run on its
 * own never starts a stale build.
 */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: repoRoot, stdio: "inherit" });
  built = true;
}

/** The compiled file of a source entry: `bench/floor-main.ts` → `dist/bench/floor-main.js`. */
export const compiledEntry = (entry: string): string => (entry.endsWith(".ts") ? `dist/${entry.replace(/\.ts$/, ".js")}` : entry);

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), "motebot-data-"));

export interface BotProcess {
  url: string;
  port: number;
  /** Its DATA_DIR (the embedded store, when it runs one, and anything else it keeps on disk). */
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Sends a signal and resolves with the exit code (or the signal name). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Starts the bot the way `npm start` does (compiled, with its Node options), as its own process,
 * and waits until `/healthz` answers 200. `env` is added to a clean environment (no
 * MicrosoftAppId, port chosen here). `entry` runs another source file compiled the same way (the
 * benchmark's floor, `bench/floor-main.ts`).
 */
export async function startBot(
  env: Record<string, string> = {},
  options: {
    waitForHealth?: boolean;
    entry?: string;
    cwd?: string;
    /** `tsx`: the source through tsx, as `npm start` ran it before the build (the benchmark's comparison). */
    loader?: "compiled" | "tsx";
  } = {},
): Promise<BotProcess> {
  const entry = options.entry ?? "src/main.ts";
  const viaTsx = options.loader === "tsx";
  if (!viaTsx) ensureBuilt();
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const child = spawn(process.execPath, viaTsx ? [...DEV_NODE_ARGS, entry] : [...NODE_ARGS, compiledEntry(entry)], {
    cwd: options.cwd ?? repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "test",
      // BOT_LOG_LEVEL=info (with BOT_ECHO=1 to see it) when a test needs the bot's own account of a turn.
      LOG_LEVEL: process.env.BOT_LOG_LEVEL ?? "warn",
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  if (process.env.BOT_ECHO) {
    child.stdout?.pipe(process.stderr);
    child.stderr?.pipe(process.stderr);
  }
  const exited = new Promise<number | string>((resolveExit) =>
    child.once("exit", (code, signal) => resolveExit(code ?? signal ?? "unknown")),
  );

  const bot: BotProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    child,
    exited,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitForHealth === false) return bot;

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode} before it was ready:\n${output}`);
    try {
      const response = await fetch(`${bot.url}/healthz`);
      if (response.status === 200) return bot;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await bot.stop("SIGKILL");
  throw new Error(`bot did not become healthy within 20 s:\n${output}`);
}

/** Resolves with the exit code once the process ends on its own (e.g. a refused start). */
export function exitOf(bot: BotProcess, timeoutMs = 20_000): Promise<number | string> {
  return Promise.race([
    bot.exited,
    new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`still running:\n${bot.output()}`)), timeoutMs)),
  ]);
}
