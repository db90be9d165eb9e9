/**
 * `npm run bench`: starts the embedded Cosmos server and measures, in one run, what DESIGN §7
 * sets bars for; prints the figures and writes them to docs/benchmarks.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startEmbeddedCosmos } from "../src/storage/embedded/embedded-cosmos-server";
import { LOCAL_EMULATOR_KEY } from "../src/storage/cosmos-client";
import { openStorage } from "../src/storage/open-storage";
import { createLogger } from "../src/logging/logger";
import { machine } from "./measure";
import { referatBench, referatTable } from "./referat-bench";

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "motebot-bench-"));
  const cosmos = await startEmbeddedCosmos({ dataDir, port: 0 });
  const storage = await openStorage(
    { mode: "azure", endpoint: cosmos.endpoint, key: LOCAL_EMULATOR_KEY, allowSelfSigned: true, database: "bench" },
    createLogger("silent"),
  );
  try {
    const referat = await referatBench({ meetings: storage.container("meetings"), groups: storage.container("groups") }, cosmos.requests);
    const report = [
      "# Benchmarks",
      "",
      `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}. Embedded Cosmos server (\`@vercel/cosmosdb-server\`) in the same process, real \`@azure/cosmos\` client over HTTPS on loopback. Medians after warm-up.`,
      "",
      referatTable(referat),
      "",
    ].join("\n");
    writeFileSync(resolve(__dirname, "../docs/benchmarks.md"), report);
    console.log(report);
  } finally {
    await storage.close();
    await cosmos.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
