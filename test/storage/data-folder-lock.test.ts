import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { lockDataFolder } from "../../src/storage/embedded/data-folder-lock";

const repoRoot = resolve(__dirname, "../..");

/** A process that takes the lock, says so (or why not), holds it a moment and ends. */
function contender(folder: string): Promise<string> {
  const script =
    `const { lockDataFolder } = require("./src/storage/embedded/data-folder-lock.ts");` +
    `try { const unlock = lockDataFolder(${JSON.stringify(folder)}); console.log("locked"); setTimeout(unlock, 1500); }` +
    `catch (error) { console.log("refused: " + error.message); }`;
  const child = spawn(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: repoRoot });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on("exit", () => done(output.trim())));
}

/** A process id that no longer runs. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"]);
  return Number(child.stdout.toString().trim());
}

describe("the data-folder lock of the embedded store", function () {
  this.timeout(30_000);
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "motebot-lock-"))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("two processes starting together over a stale lock: exactly one runs", async () => {
    for (let round = 0; round < 3; round++) {
      writeFileSync(join(folder, "LOCK"), JSON.stringify({ pid: deadPid(), startedAt: "1" }));
      const outcomes = await Promise.all([contender(folder), contender(folder)]);
      assert.equal(outcomes.filter((o) => o === "locked").length, 1, outcomes.join(" | "));
      assert.equal(outcomes.filter((o) => o.startsWith("refused: DATA_DIR")).length, 1, outcomes.join(" | "));
    }
  });

  it("a lock whose process id now belongs to another process (another start time) is taken over", () => {
    // Our parent is alive, but it is not the process that wrote this lock.
    writeFileSync(join(folder, "LOCK"), JSON.stringify({ pid: process.ppid, startedAt: "0" }));
    const unlock = lockDataFolder(folder);
    assert.equal((JSON.parse(readFileSync(join(folder, "LOCK"), "utf8")) as { pid: number }).pid, process.pid);
    unlock();
  });

  it("a lock of a running process, in the old format (a bare pid) or the new, is respected", () => {
    for (const content of [String(process.ppid), JSON.stringify({ pid: process.ppid })]) {
      writeFileSync(join(folder, "LOCK"), content);
      assert.throws(() => lockDataFolder(folder), /DATA_DIR: .* is in use by another bot process/);
    }
  });
});
