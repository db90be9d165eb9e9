import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { DEV_NODE_ARGS, freePort, tempDataDir } from "../../scripts/replay/bot-process";

export interface DevServer {
  playgroundUrl: string;
  /** The meeting side panel of the Playground's group chat, as `npm run dev` prints it. */
  panelUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** Runs `npm run dev` (scripts/dev.ts) as a newcomer would, on free ports and a fresh data folder. */
export async function startDevServer(): Promise<DevServer> {
  const child: ChildProcess = spawn(process.execPath, [...DEV_NODE_ARGS, "scripts/dev.ts"], {
    cwd: resolve(__dirname, "../.."),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      PLAYGROUND_PORT: String(await freePort()),
      DATA_DIR: tempDataDir(),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const url = /open (http:\/\/localhost:\d+) in your browser/.exec(output)?.[1];
    const panelUrl = /Meeting side panel: open (\S+) beside it/.exec(output)?.[1];
    if (url && panelUrl) {
      return {
        playgroundUrl: url,
        panelUrl,
        output: () => output,
        async stop() {
          child.kill("SIGTERM");
          await exited;
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`npm run dev did not print the Playground's address:\n${output}`);
}
