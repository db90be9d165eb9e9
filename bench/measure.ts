import { cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times; milliseconds. */
export async function measure(work: () => Promise<unknown> | unknown, runs: number, warmup = Math.ceil(runs / 5)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs };
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return (
    `${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
    `${process.platform}; load average ${load} (1/5/15 min) when it ended`
  );
}
