/** `npx tsx bench/joint-probe.ts [instances]`: only the joint-meeting section, for working on it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConnectorStandIn } from "../scripts/replay/connector-standin";
import { RequestCounter } from "../scripts/replay/request-counter";
import { startEmbeddedCosmos } from "../src/storage/embedded/embedded-cosmos-server";
import { LOCAL_EMULATOR_KEY } from "../src/storage/cosmos-client";
import { GroupStore } from "../src/features/working-group/store";
import { AttendeeStore } from "../src/features/attendance/store";
import { RoundTableStore } from "../src/features/roundtable/store";
import { openStorage } from "../src/storage/open-storage";
import { createLogger } from "../src/logging/logger";
import { jointMeetingBench, mixedBurst, overloadBench, storeJointGroup } from "./joint-meeting";
import { quietOf } from "./quiet";
import { startTimed } from "./timed-process";

async function main(): Promise<void> {
  const instances = Number(process.argv[2] ?? "1");
  const dataDir = mkdtempSync(join(tmpdir(), "motebot-joint-"));
  const requests = new RequestCounter();
  const cosmos = await startEmbeddedCosmos({ dataDir, port: 0, inspect: { observe: (req) => requests.observe(req) } });
  const standIn = await ConnectorStandIn.start();
  const env = {
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: LOCAL_EMULATOR_KEY,
    COSMOS_ALLOW_SELF_SIGNED: "true",
    COSMOS_DATABASE: "bench",
    // For tuning the admission queue: MAX_ACTIVE_ACTIVITIES=… npx tsx bench/joint-probe.ts …
    ...(process.env.MAX_ACTIVE_ACTIVITIES ? { MAX_ACTIVE_ACTIVITIES: process.env.MAX_ACTIVE_ACTIVITIES } : {}),
    ...(process.env.MAX_QUEUED_ACTIVITIES ? { MAX_QUEUED_ACTIVITIES: process.env.MAX_QUEUED_ACTIVITIES } : {}),
  };
  const bots = [];
  for (let i = 0; i < instances; i++) bots.push(await startTimed("src/main.ts", env));
  const storage = await openStorage(
    { mode: "azure", endpoint: cosmos.endpoint, key: LOCAL_EMULATOR_KEY, allowSelfSigned: true, database: "bench" },
    createLogger("silent"),
  );
  try {
    await storeJointGroup(new GroupStore(storage.container("groups")));
    const rig = {
      botUrls: bots.map((b) => b.process.url),
      standIn,
      attendees: async (id: string) => (await new AttendeeStore(storage.container("meetings")).list(id)).length,
      entries: async (id: string) => (await new RoundTableStore(storage.container("meetings")).list(id)).length,
      quiet: () => quietOf(requests),
    };
    if (process.argv[3] === "mixed") {
      console.log(JSON.stringify(await mixedBurst(rig, Number(process.argv[4] ?? "500"), 0)));
      return;
    }
    const sizes = process.argv[3]?.split(",").map(Number);
    if (sizes) for (const row of await overloadBench(rig, sizes)) console.log(JSON.stringify(row));
    else for (const f of await jointMeetingBench(rig, instances, 0)) console.log(JSON.stringify(f));
    console.log(
      "peak RSS MiB",
      bots.map((b) => b.peakRssMiB()),
    );
  } finally {
    for (const bot of bots) await bot.process.stop();
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
