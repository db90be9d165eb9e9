import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { startBot, type BotProcess } from "../scripts/replay/bot-process";

export interface TimedProcess {
  process: BotProcess;
  /** From spawning the process to the first `/healthz` 200. */
  readyMs: number;
  /** Resident memory when ready (Linux VmRSS), in MiB. */
  readyRssMiB: number | undefined;
  /** The process's peak resident memory so far (Linux VmHWM), in MiB; undefined elsewhere. */
  peakRssMiB(): number | undefined;
  /** Its resident memory now (Linux VmRSS), in MiB. */
  rssMiB(): number | undefined;
}

/** Starts `entry` the way `npm start` starts the bot and times it until `/healthz` answers 200. */
export async function startTimed(
  entry: string,
  env: Record<string, string>,
  loader: "compiled" | "tsx" = "compiled",
): Promise<TimedProcess> {
  const started = performance.now();
  const child = await startBot({ ...env, LOG_LEVEL: "error" }, { entry, waitForHealth: false, loader });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.child.exitCode !== null) throw new Error(`${entry} exited before it was ready:\n${child.output()}`);
    if (Date.now() > deadline) {
      await child.stop("SIGKILL");
      throw new Error(`${entry} was not ready within 20 s:\n${child.output()}`);
    }
    const ok = await fetch(`${child.url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const readyMs = performance.now() - started;
  const pid = child.child.pid;
  return {
    process: child,
    readyMs,
    readyRssMiB: memoryMiB(pid, "VmRSS"),
    peakRssMiB: () => memoryMiB(pid, "VmHWM"),
    rssMiB: () => memoryMiB(pid, "VmRSS"),
  };
}

function memoryMiB(pid: number | undefined, field: "VmRSS" | "VmHWM"): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
