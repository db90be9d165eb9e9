import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { tempDataDir } from "./bot-process";

/** `npm run group:import -- <file>` as a separate process (async: the test's Cosmos server runs in this one). */
export async function runGroupImport(file: string, env: Record<string, string>): Promise<string> {
  const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/import-group.ts", file], {
    cwd: resolve(__dirname, "../.."),
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  return run.stdout;
}

/** Imports a group file built from `group` (written to a temporary file). */
export async function importGroupData(env: Record<string, string>, group: object): Promise<string> {
  const file = join(tempDataDir(), "group.json");
  writeFileSync(file, JSON.stringify(group));
  return runGroupImport(file, env);
}
