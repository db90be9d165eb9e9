/**
 * `npm run bench`: starts the embedded Cosmos server, the bot and its floor (a bare teams-ai
 * app, bench/floor/floor-application.ts) as processes, and measures in one run what DESIGN §7
 * sets bars for; prints the figures and writes them to docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { people } from "../scripts/replay/activities";
import { ConnectorStandIn } from "../scripts/replay/connector-standin";
import { RequestCounter } from "../scripts/replay/request-counter";
import { startEmbeddedCosmos } from "../src/storage/embedded/embedded-cosmos-server";
import { LOCAL_EMULATOR_KEY } from "../src/storage/cosmos-client";
import { GroupStore } from "../src/features/working-group/store";
import { FollowUpStore } from "../src/features/followups/store";
import { followUpBench, followUpTable } from "./follow-up-bench";
import { MeetingStore } from "../src/shared/meeting/meeting-store";
import { RoundTableStore } from "../src/features/roundtable/store";
import { openStorage } from "../src/storage/open-storage";
import { createLogger } from "../src/logging/logger";
import { BenchMeeting, GROUP_ID as BENCH_GROUP_ID, storeBenchGroup } from "./bot-scenario";
import { cardActionBench, CONCURRENCY } from "./card-action-bench";
import { machine, measure, ms } from "./measure";
import { referatBench, referatTable } from "./referat-bench";
import { cardActionTable, describeCounts, processTable, startUpTable, targetsTable } from "./report";
import { startTimed } from "./timed-process";
import { startProbe } from "./start-probe";
import { ensureBuilt } from "../scripts/replay/bot-process";
import {
  jointMeetingBench,
  jointMeetingTable,
  memoryAfterTable,
  mixedBurst,
  overloadBench,
  overloadTable,
  storeJointGroup,
  type JointFigures,
  type OverloadRow,
} from "./joint-meeting";
import { meetingCost, meetingCostTable } from "./meeting-cost";
import { quietOf } from "./quiet";
import { panelWeight } from "./panel-budget";
import { AttendeeStore } from "../src/features/attendance/store";

const DATABASE = "bench";
const DOC = resolve(__dirname, "../docs/benchmarks.md");
/** Everything from this line on in docs/benchmarks.md is written by hand and kept by each run. */
const NOTES_MARKER = "<!-- Notes below are kept by npm run bench. -->";

function keptNotes(): string {
  const existing = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const at = existing.indexOf(NOTES_MARKER);
  return at >= 0 ? `\n${existing.slice(at)}` : "";
}

async function readyInEmbeddedMode(): Promise<number> {
  const bot = await startTimed("src/main.ts", {});
  await bot.process.stop();
  return bot.readyMs;
}

async function prepareMeetings(botUrl: string, standIn: ConnectorStandIn, count: number): Promise<BenchMeeting[]> {
  const meetings: BenchMeeting[] = [];
  for (let n = 0; n < count; n += 6) {
    meetings.push(
      ...(await Promise.all(Array.from({ length: Math.min(6, count - n) }, (_, i) => BenchMeeting.prepare(botUrl, standIn, n + i)))),
    );
  }
  return meetings;
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), "motebot-bench-"));
  // The build first (npm start's prestart step), so that no start below is timed with it.
  ensureBuilt();
  const readyEmbeddedMs = await readyInEmbeddedMode();
  const startUp = await startProbe(5);
  const requests = new RequestCounter();
  const cosmos = await startEmbeddedCosmos({ dataDir, port: 0, inspect: { observe: (req) => requests.observe(req) } });
  const standIn = await ConnectorStandIn.start();
  const env = {
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: LOCAL_EMULATOR_KEY,
    COSMOS_ALLOW_SELF_SIGNED: "true",
    COSMOS_DATABASE: DATABASE,
  };
  // BENCH_BOT_NODE_OPTIONS: Node options for the bot process only (e.g. "--require ./my-profiler.cjs").
  const nodeOptions = process.env.BENCH_BOT_NODE_OPTIONS;
  const profiling: Record<string, string> = nodeOptions ? { NODE_OPTIONS: nodeOptions } : {};
  const bot = await startTimed("src/main.ts", { ...env, ...profiling });
  const floor = await startTimed("bench/floor-main.ts", env);
  const storage = await openStorage(
    { mode: "azure", endpoint: cosmos.endpoint, key: LOCAL_EMULATOR_KEY, allowSelfSigned: true, database: DATABASE },
    createLogger("silent"),
  );
  try {
    await storeBenchGroup(new GroupStore(storage.container("groups")));
    const meetings = await prepareMeetings(bot.process.url, standIn, CONCURRENCY);
    process.stderr.write(`prepared ${meetings.length} meetings in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const entriesStored = async (meetingId: string): Promise<number> =>
      (await new RoundTableStore(storage.container("meetings")).list(meetingId)).length;
    const actions = await cardActionBench({ floorUrl: floor.process.url, standIn, meetings, counter: requests, entriesStored });
    process.stderr.write(`card actions measured at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    // Both processes have now served the same card actions; the bot alone serves the joint meeting below.
    const peakSideBySide = { bot: bot.peakRssMiB(), floor: floor.peakRssMiB() };

    const first = meetings[0];
    if (!first) throw new Error("no meeting");
    const openIds = async (): Promise<string[]> =>
      (await new FollowUpStore(storage.container("groups")).list(BENCH_GROUP_ID)).filter((f) => f.status === "open").map((f) => f.id);
    const followUps = await followUpBench(first, requests, openIds);
    const before = requests.snapshot();
    await first.flow.ask(people.chair, "referat");
    const referatCommand = requests.since(before);
    // What one round trip costs on this server, with the data the run left behind.
    const entries = new RoundTableStore(storage.container("meetings"));
    const meetingStore = new MeetingStore(storage.container("meetings"));
    const pointRead = await measure(() => meetingStore.read(first.meetingId), 50);
    const partitionQuery = await measure(() => entries.list(first.meetingId), 50);

    const referat = await referatBench({ meetings: storage.container("meetings"), groups: storage.container("groups") }, requests);

    await storeJointGroup(new GroupStore(storage.container("groups")));
    const second = await startTimed("src/main.ts", env);
    const joint: JointFigures[] = [];
    let overload: OverloadRow[] = [];
    let memoryAfterBursts: { rightAfter?: number; minuteLater?: number } = {};
    let mixed: Awaited<ReturnType<typeof mixedBurst>> | undefined;
    try {
      const jointRig = {
        botUrls: [bot.process.url, second.process.url],
        standIn,
        attendees: async (id: string) => (await new AttendeeStore(storage.container("meetings")).list(id)).length,
        entries: entriesStored,
        quiet: () => quietOf(requests),
      };
      joint.push(...(await jointMeetingBench(jointRig, 1, 0)));
      // Does the memory the bursts took come back? RSS right after them, and a minute later.
      const rightAfter = bot.rssMiB();
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      memoryAfterBursts = { rightAfter, minuteLater: bot.rssMiB() };
      joint.push(...(await jointMeetingBench(jointRig, 2, 1)));
      // On the second process: the first's peak memory stays the figure of the ordinary load above.
      const onSecond = { ...jointRig, botUrls: [second.process.url] };
      overload = await overloadBench(onSecond, [500, 750, 1000, 1500, 2000]);
      mixed = await mixedBurst(onSecond, 500, 2);
    } finally {
      await second.process.stop();
    }
    process.stderr.write(`joint meeting measured at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const cost = await meetingCost({ botUrl: bot.process.url, standIn, storageEnv: env, counter: requests });
    const processes = {
      bot: {
        readyMs: bot.readyMs,
        readyEmbeddedMs,
        readyRssMiB: bot.readyRssMiB,
        peakRssMiB: bot.peakRssMiB(),
        peakSideBySideMiB: peakSideBySide.bot,
      },
      floor: {
        readyMs: floor.readyMs,
        readyRssMiB: floor.readyRssMiB,
        peakRssMiB: floor.peakRssMiB(),
        peakSideBySideMiB: peakSideBySide.floor,
      },
    };
    const report = [
      "# Benchmarks",
      "",
      `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}. ` +
        `The bot and its floor (a bare teams-ai \`Application\` whose card action does ` +
        `one Cosmos point read and one upsert and returns a small card: ` +
        `\`bench/floor/floor-application.ts\`) run as processes started like \`npm start\`, against the same ` +
        `embedded Cosmos server (\`@vercel/cosmosdb-server\`, in the benchmark's process) ` +
        `through the same \`@azure/cosmos\` client settings over HTTPS on loopback; a Bot ` +
        `Connector stand-in takes the bot's card updates. Ratios compare figures measured ` +
        `side by side in this run. Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
      "",
      targetsTable({ actions, referat, processes, panel: panelWeight() }),
      "",
      cardActionTable(actions),
      "",
      followUpTable(followUps),
      "",
      `One round trip on this embedded server at the end of the run, from the benchmark's process (median of 50): a point read of a ` +
        `meeting ${ms(pointRead.median)}, a single-partition query of its round-table entries ${ms(partitionQuery.median)} ` +
        `(the server runs a query over that partition's documents only, and answers the SDK's query-plan lookup without ` +
        `running the query; see \`src/storage/embedded/partition-scan.ts\`).`,
      "",
      `The \`referat\` command over HTTP (a meeting with ${CONCURRENCY} check-ins and ` +
        `${CONCURRENCY} round-table entries, its first draft): ${describeCounts([referatCommand])}.`,
      "",
      referatTable(referat),
      "",
      jointMeetingTable(joint),
      "",
      startUpTable(startUp),
      "",
      memoryAfterTable(bot.readyRssMiB, memoryAfterBursts),
      "",
      overloadTable(overload),
      "",
      mixed
        ? `**Mixed burst:** ${mixed.checkIns.size} check-ins and ${mixed.help.size} \`hjelp\` within one second on one process: ` +
          `${mixed.checkIns.errors + mixed.help.errors} errors; check-ins p99 ${ms(mixed.checkIns.latency.p99)}, \`hjelp\` p99 ` +
          `${ms(mixed.help.latency.p99)}; ${mixed.help.delivered ?? "?"} of the ${mixed.help.size} \`hjelp\` answers reached the chat ` +
          "(Teams takes 60 messages in 30 s per chat: the bot keeps 20 waiting, about 10 s, and drops the rest with a log line)."
        : "",
      "",
      meetingCostTable(cost),
      "",
      processTable(processes),
      "",
    ].join("\n");
    writeFileSync(DOC, `${report}${keptNotes()}`);
    console.log(report);
  } finally {
    await bot.process.stop();
    await floor.process.stop();
    await storage.close();
    await standIn.close();
    await cosmos.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
