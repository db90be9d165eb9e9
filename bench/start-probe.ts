/**
 * `npx tsx bench/start-probe.ts [rounds]`: start-up alone — ready time (spawn to the first
 * `/healthz` 200, embedded store) and resident memory at ready, of the bot and its floor, each
 * started compiled (`npm start`: dist/) and from source through tsx (how `npm start` ran before the
 * build), in turns within one run so the machine's noise falls on all four alike. Medians.
 */
import { ensureBuilt } from "../scripts/replay/bot-process";
import { startTimed } from "./timed-process";

type Loader = "compiled" | "tsx";
const KINDS: ReadonlyArray<{ name: string; entry: string; loader: Loader }> = [
  { name: "bot, compiled", entry: "src/main.ts", loader: "compiled" },
  { name: "floor, compiled", entry: "bench/floor-main.ts", loader: "compiled" },
  { name: "bot, tsx", entry: "src/main.ts", loader: "tsx" },
  { name: "floor, tsx", entry: "bench/floor-main.ts", loader: "tsx" },
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

export interface StartFigures {
  name: string;
  readyMs: number;
  rssMiB: number;
}

export async function startProbe(rounds: number): Promise<StartFigures[]> {
  ensureBuilt();
  const samples = new Map(KINDS.map((kind) => [kind.name, { ready: [] as number[], rss: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const kind of KINDS) {
      const started = await startTimed(kind.entry, {}, kind.loader);
      await started.process.stop();
      samples.get(kind.name)?.ready.push(started.readyMs);
      samples.get(kind.name)?.rss.push(started.readyRssMiB ?? NaN);
    }
  }
  return KINDS.map((kind) => {
    const s = samples.get(kind.name) ?? { ready: [], rss: [] };
    return { name: kind.name, readyMs: median(s.ready), rssMiB: median(s.rss) };
  });
}

if (require.main === module) {
  const rounds = Number(process.argv[2] ?? 7);
  void startProbe(rounds).then((figures) => {
    console.log(`| start (median of ${rounds}) | ready | RSS at ready |`);
    console.log("|---|---|---|");
    for (const f of figures) console.log(`| ${f.name} | ${(f.readyMs / 1000).toFixed(2)} s | ${f.rssMiB.toFixed(0)} MiB |`);
  });
}
