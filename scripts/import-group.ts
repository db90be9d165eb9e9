import { readFileSync } from "node:fs";
import { ConfigError, loadConfig } from "../src/config/load-config";
import { groupFileSchema } from "../src/features/working-group/group-file";
import { importGroup } from "../src/features/working-group/import-group";
import { createLogger } from "../src/logging/logger";
import { GroupStore } from "../src/features/working-group/store";
import { openStorage } from "../src/storage/open-storage";

/**
 * `npm run group:import -- <file>`: loads or updates a faggruppe in Cosmos DB, using the same
 * configuration as the bot (with the embedded store, stop the bot first: one process per data folder).
 */
async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error("Usage: npm run group:import -- <group file.json>");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: cannot read JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = groupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "file"}: ${issue.message}`);
    throw new Error(`${path} is not a valid group file:\n${lines.join("\n")}`);
  }
  const config = loadConfig();
  const storage = await openStorage(config.storage, createLogger("warn"));
  try {
    const groups = new GroupStore(storage.container("groups"));
    const existing = await groups.read(parsed.data.groupId);
    const group = await groups.upsert(importGroup(parsed.data, existing?.doc, new Date()));
    process.stdout.write(
      `${existing ? "Updated" : "Imported"} group "${group.name}" (${group.groupId}): ${group.municipalities.length} municipalities, ` +
        `${group.members.length} members, ${group.roleHolders.length} role holders with an Entra id.\n`,
    );
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
