import { panelBudgetRow, type PanelWeight } from "./panel-budget";
import type { RequestCounts } from "../scripts/replay/request-counter";
import { type ActionFigures, CONCURRENCY } from "./card-action-bench";
import type { Latency } from "./load";
import { ms } from "./measure";
import type { ReferatFigures } from "./referat-bench";
import type { StartFigures } from "./start-probe";

export interface ProcessFigures {
  bot: { readyMs: number; readyEmbeddedMs: number; readyRssMiB?: number; peakRssMiB?: number; peakSideBySideMiB?: number };
  floor: { readyMs: number; readyRssMiB?: number; peakRssMiB?: number; peakSideBySideMiB?: number };
}

const ratio = (value: number, floor: number): string => (floor > 0 ? `${(value / floor).toFixed(2)}×` : "–");
const mib = (value: number | undefined): string => (value === undefined ? "n/a" : `${value.toFixed(0)} MiB`);

/** Data requests (point reads, writes, queries) as `r/w/q`, plus the SDK's own metadata requests. */
export function describeCounts(counts: RequestCounts[]): string {
  const key = (c: RequestCounts) =>
    `${c.pointReads} read${c.pointReads === 1 ? "" : "s"} + ${c.writes} ` +
    `write${c.writes === 1 ? "" : "s"} + ${c.queries} ` +
    `quer${c.queries === 1 ? "y" : "ies"}${c.metadata ? ` (+${c.metadata} query plan)` : ""}`;
  const seen = new Map<string, number>();
  for (const c of counts) seen.set(key(c), (seen.get(key(c)) ?? 0) + 1);
  return [...seen]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => (seen.size > 1 ? `${k} ×${n}` : k))
    .join("; ");
}

export const dataRequests = (c: RequestCounts): number => c.pointReads + c.writes + c.queries;

function latencyRows(label: string, action: Latency, floor: Latency, target: string): string[] {
  return [
    `| ${label} p50 | ${ms(action.p50)} | ${ms(floor.p50)} | ${ratio(action.p50, floor.p50)} | ${target} |`,
    `| ${label} p95 | ${ms(action.p95)} | ${ms(floor.p95)} | ${ratio(action.p95, floor.p95)} | |`,
    `| ${label} p99 | ${ms(action.p99)} | ${ms(floor.p99)} | ${ratio(action.p99, floor.p99)} | |`,
  ];
}

export function cardActionTable(figures: ActionFigures[]): string {
  const rows: string[] = [];
  for (const f of figures) {
    const { sequential: s, bursts: b } = f;
    rows.push(`| **${f.name}** | | | | |`);
    rows.push(...latencyRows("concurrency 1,", s.action, s.floor, "p50 ≤ 1.3× floor"));
    rows.push(...latencyRows(`${CONCURRENCY} at once,`, b.action.latency, b.floor.latency, ""));
    rows.push(
      `| ${CONCURRENCY} at once, throughput | ${b.action.throughput.toFixed(0)}/s | ${b.floor.throughput.toFixed(0)}/s | ` +
        `${ratio(b.action.throughput, b.floor.throughput)} | |`,
    );
    const most = Math.max(...f.requests.map(dataRequests));
    rows.push(`| Cosmos requests before the answer | ${most} | 2 | ${ratio(most, 2)} | ≤ 2 |`);
    rows.push(`| Cosmos requests after the answer (shared card) | ${Math.max(0, ...f.afterRequests.map(dataRequests))} | 0 | | |`);
  }
  const counts = figures.map(
    (f) =>
      `- ${f.name}: before the answer ${describeCounts(f.requests)}; after it ${describeCounts(f.afterRequests)} (${f.requests.length} ` +
      `runs)`,
  );
  return [
    "### Card actions over HTTP (invoke in → invoke response out)",
    "",
    `Samples: ${figures[0]?.sequential.action.samples ?? 0} per action at concurrency 1 (each alternating with a floor request), ` +
      `${figures[0]?.bursts.action.latency.samples ?? 0} in bursts of ${CONCURRENCY} (alternating with floor bursts).`,
    "",
    "| Figure | Bot | Floor | Ratio | Target |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    "Cosmos requests per action, counted at the embedded server (concurrency 1): those before the invoke response (the clicker waits " +
      "for them), and those after it until the server had been quiet for 40 ms (the shared card rendered again from storage for " +
      "everyone; the next floor request waits for them, untimed):",
    "",
    `- Floor: ${describeCounts(figures.flatMap((f) => f.floorRequests))}`,
    ...counts,
  ].join("\n");
}

export function processTable(p: ProcessFigures): string {
  const sideBySide =
    p.bot.peakSideBySideMiB && p.floor.peakSideBySideMiB ? { bot: p.bot.peakSideBySideMiB, floor: p.floor.peakSideBySideMiB } : undefined;
  return [
    "### Process",
    "",
    "| Figure | Bot | Floor | Ratio | Target |",
    "|---|---|---|---|---|",
    `| Start → /healthz 200 (Cosmos already running) | ${ms(p.bot.readyMs)} | ${ms(p.floor.readyMs)} | ` +
      `${ratio(p.bot.readyMs, p.floor.readyMs)} | < 3 s |`,
    `| Start → /healthz 200 (embedded store, as \`npm start\`) | ${ms(p.bot.readyEmbeddedMs)} | | | < 3 s |`,
    `| RSS when ready | ${mib(p.bot.readyRssMiB)} | ${mib(p.floor.readyRssMiB)} | ` +
      `${p.bot.readyRssMiB && p.floor.readyRssMiB ? ratio(p.bot.readyRssMiB, p.floor.readyRssMiB) : "–"} | |`,
    `| Peak RSS after the card actions (both served the same load) | ${mib(p.bot.peakSideBySideMiB)} | ` +
      `${mib(p.floor.peakSideBySideMiB)} | ${sideBySide ? ratio(sideBySide.bot, sideBySide.floor) : "–"} | ` +
      `≤ 1.2× floor (issue 19): ${sideBySide ? verdict(sideBySide.bot <= 1.2 * sideBySide.floor) : "–"} |`,
    `| Peak RSS over the whole run (the bot also served the joint meeting) | ${mib(p.bot.peakRssMiB)} | ${mib(p.floor.peakRssMiB)} | ` +
      `${p.bot.peakRssMiB && p.floor.peakRssMiB ? ratio(p.bot.peakRssMiB, p.floor.peakRssMiB) : "–"} | < 200 MB |`,
  ].join("\n");
}

export interface TargetInputs {
  actions: ActionFigures[];
  referat: ReferatFigures;
  processes: ProcessFigures;
  panel: PanelWeight;
}

const verdict = (met: boolean): string => (met ? "met" : "**missed**");

/** DESIGN §7's bars, each with this run's figure and whether it was met. */
export function targetsTable({ actions, referat, processes, panel }: TargetInputs): string {
  const rows: Array<[string, string, boolean]> = [];
  for (const f of actions) {
    const r = f.sequential.action.p50 / f.sequential.floor.p50;
    rows.push([`${f.name}: p50 at concurrency 1 ≤ 1.3× floor`, `${r.toFixed(2)}×`, r <= 1.3]);
  }
  for (const f of actions) {
    const most = Math.max(...f.requests.map(dataRequests));
    const after = Math.max(0, ...f.afterRequests.map(dataRequests));
    rows.push([`${f.name}: ≤ 2 Cosmos requests before the answer`, `${most}${after ? ` (+${after} after it)` : ""}`, most <= 2]);
  }
  const refresh = actions.find((f) => f.name.startsWith("Refresh"));
  if (refresh) {
    const writes = Math.max(...refresh.requests.map((c) => c.writes));
    rows.push(["Refresh invokes read-only", `${writes} writes`, writes === 0]);
  }
  const submit = actions.find((f) => f.stored);
  if (submit?.stored) {
    const { submitted, found } = submit.stored;
    rows.push([
      `${CONCURRENCY} concurrent round-table submits all stored (p95 ${ms(submit.bursts.action.latency.p95)})`,
      `${found} of ${submitted}`,
      found === submitted,
    ]);
  }
  const q = referat.requests;
  rows.push([
    "Referat: 1 query + a few point reads",
    `${q.queries} query, ${q.pointReads} point reads`,
    q.queries === 1 && q.pointReads <= 3,
  ]);
  rows.push([
    "Referat 60/30/40 from storage (Markdown) well under 100 ms",
    ms(referat.readsAndMarkdown.median),
    referat.readsAndMarkdown.median < 50,
  ]);
  rows.push(["Referat 60/30/40 Word file well under 100 ms", ms(referat.docx.median), referat.docx.median < 50]);
  const peak = processes.bot.peakRssMiB;
  rows.push(["Peak RSS < 200 MB", mib(peak), peak !== undefined && peak * 2 ** 20 < 200e6]);
  rows.push([
    "Ready (start → /healthz 200) < 3 s, embedded store",
    ms(processes.bot.readyEmbeddedMs),
    processes.bot.readyEmbeddedMs < 3000,
  ]);
  rows.push(["Ready (start → /healthz 200) < 3 s, Cosmos running", ms(processes.bot.readyMs), processes.bot.readyMs < 3000]);
  rows.push(panelBudgetRow(panel));
  return [
    "### Targets (DESIGN §7)",
    "",
    "| Target | This run | |",
    "|---|---|---|",
    ...rows.map(([target, figure, met]) => `| ${target} | ${figure} | ${verdict(met)} |`),
  ].join("\n");
}

/** Ready time and RSS at ready: compiled (as `npm start` runs it) against the same source through tsx. */
export function startUpTable(figures: StartFigures[]): string {
  const of = (name: string) => figures.find((f) => f.name === name);
  const rows = ["bot", "floor"].map((who) => {
    const [compiled, tsx] = [of(`${who}, compiled`), of(`${who}, tsx`)];
    if (!compiled || !tsx) return `| ${who} | – | – | – | – |`;
    return `| ${who} | ${ms(compiled.readyMs)} | ${ms(tsx.readyMs)} | ${mib(compiled.rssMiB)} | ${mib(tsx.rssMiB)} |`;
  });
  return [
    "### Start-up: compiled JavaScript against the source through tsx",
    "",
    "Each process started five times in turns on the embedded store (spawn → first `/healthz` 200), medians. " +
      "`npm start` runs the compiled build (dist/); before issue 29 it ran the source through tsx.",
    "",
    "| Process | Ready, compiled | Ready, tsx | RSS at ready, compiled | RSS at ready, tsx |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
