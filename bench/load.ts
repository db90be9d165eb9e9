import { performance } from "node:perf_hooks";

/** One prepared request: `send` is what is timed (HTTP in → response out); preparing is not. */
export type Send = () => Promise<void>;

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

export interface BurstFigures {
  latency: Latency;
  /** Requests per second over the bursts' wall time. */
  throughput: number;
}

export function latencyOf(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), samples: sorted.length };
}

async function timed(send: Send): Promise<number> {
  const start = performance.now();
  await send();
  return performance.now() - start;
}

/**
 * Concurrency 1, floor and action alternating request by request, so that whatever else the
 * machine does at a moment slows both alike; the first `warmup` pairs are not kept.
 * `afterAction` (not timed) lets what the action does after its answer finish.
 */
export async function pairedSequential(
  floor: (i: number) => Promise<Send>,
  action: (i: number) => Promise<Send>,
  runs: number,
  warmup: number,
  afterAction: () => Promise<void> = async () => undefined,
): Promise<{ floor: Latency; action: Latency }> {
  const floorTimes: number[] = [];
  const actionTimes: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const floorTime = await timed(await floor(i));
    const actionTime = await timed(await action(i));
    await afterAction();
    if (i < warmup) continue;
    floorTimes.push(floorTime);
    actionTimes.push(actionTime);
  }
  return { floor: latencyOf(floorTimes), action: latencyOf(actionTimes) };
}

/**
 * Bursts of `concurrency` requests sent at once (60 people clicking in the same second),
 * floor and action bursts alternating; the first `warmup` bursts of each are not kept.
 */
export async function pairedBursts(
  floor: (burst: number) => Promise<Send[]>,
  action: (burst: number) => Promise<Send[]>,
  bursts: number,
  warmup: number,
  afterAction: () => Promise<void> = async () => undefined,
): Promise<{ floor: BurstFigures; action: BurstFigures }> {
  const kept = { floor: { times: [] as number[], wall: 0 }, action: { times: [] as number[], wall: 0 } };
  for (let b = 0; b < warmup + bursts; b++) {
    for (const [name, prepare] of [
      ["floor", floor],
      ["action", action],
    ] as const) {
      const sends = await prepare(b);
      const start = performance.now();
      const times = await Promise.all(sends.map(timed));
      const wall = performance.now() - start;
      if (name === "action") await afterAction();
      if (b < warmup) continue;
      kept[name].times.push(...times);
      kept[name].wall += wall;
    }
  }
  const figures = (k: { times: number[]; wall: number }): BurstFigures => ({
    latency: latencyOf(k.times),
    throughput: (k.times.length / k.wall) * 1000,
  });
  return { floor: figures(kept.floor), action: figures(kept.action) };
}
