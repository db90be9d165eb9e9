import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { lockDataFolder } from "../../src/storage/embedded/data-folder-lock";

const repoRoot = resolve(__dirname, "../..");

/**
 * A process that takes the lock at `startAt` and says so (or why not). One that got it holds it until the
 * test has heard from every contender (`release`), so that a late starter cannot take it after
 * an early one let go.
 */
function contender(folder: string, startAt: number): { outcome: Promise<string>; release(): Promise<unknown> } {
  const script =
    JITTERY_FILE_SYSTEM(folder) +
    `const { lockDataFolder } = require("./src/storage/embedded/data-folder-lock.ts");` +
    // Every contender loaded and waiting, they start within the same millisecond or so.
    `while (Date.now() < ${startAt});` +
    `try { lockDataFolder(${JSON.stringify(folder)}); console.log("locked"); setInterval(() => undefined, 1000); }` +
    `catch (error) { console.log("refused: " + error.message); }`;
  const child = spawn(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: repoRoot });
  let output = "";
  const outcome = new Promise<string>((done) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("\n")) done(output.trim());
    });
    child.on("exit", () => done(output.trim()));
  });
  const exited = new Promise((done) => child.on("exit", done));
  return {
    outcome,
    release: () => {
      child.kill("SIGKILL");
      return exited;
    },
  };
}

/**
 * On a machine with fewer cores than contenders, processes rarely interleave where a race hides.
 * Each file operation on the folder is followed by a random pause of up to 15 ms — as if the
 * process were descheduled there — so that 20 rounds try many interleavings.
 */
const JITTERY_FILE_SYSTEM = (folder: string) =>
  `const fs = require("node:fs");` +
  `const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.random() * 15);` +
  `for (const name of ["writeFileSync", "readFileSync", "renameSync", "rmSync", "readdirSync"]) {` +
  `  const original = fs[name];` +
  `  fs[name] = (...args) => { const result = original(...args);` +
  `    if (String(args[0]).startsWith(${JSON.stringify(folder)})) pause(); return result; };` +
  `}`;

/** Starts `count` contenders at once and returns what each said once all have spoken. */
async function race(folder: string, count: number): Promise<string[]> {
  const startAt = Date.now() + 1500;
  const contenders = Array.from({ length: count }, () => contender(folder, startAt));
  const outcomes = await Promise.all(contenders.map((c) => c.outcome));
  await Promise.all(contenders.map((c) => c.release()));
  return outcomes;
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
      const outcomes = await race(folder, 2);
      assert.equal(outcomes.filter((o) => o === "locked").length, 1, outcomes.join(" | "));
      assert.equal(outcomes.filter((o) => o.startsWith("refused: DATA_DIR")).length, 1, outcomes.join(" | "));
    }
  });

  it("five processes starting together over a stale lock, 20 times: exactly one holds it each time", async function () {
    this.timeout(180_000);
    for (let round = 0; round < 20; round++) {
      writeFileSync(join(folder, "LOCK"), JSON.stringify({ pid: deadPid(), startedAt: "1" }));
      const outcomes = await race(folder, 5);
      assert.equal(outcomes.filter((o) => o === "locked").length, 1, `round ${round}: ${outcomes.join(" | ")}`);
      assert.equal(outcomes.filter((o) => o.startsWith("refused: DATA_DIR")).length, 4, `round ${round}: ${outcomes.join(" | ")}`);
    }
  });

  it("a takeover whose taker died half-way is finished by the next process", () => {
    const stale = JSON.stringify({ pid: deadPid(), startedAt: "1" });
    writeFileSync(join(folder, "LOCK"), stale);
    const claim = `LOCK.takeover-${createHash("sha256").update(stale).digest("hex").slice(0, 16)}`;
    writeFileSync(join(folder, claim), JSON.stringify({ pid: deadPid(), startedAt: "2" }));
    const unlock = lockDataFolder(folder);
    assert.equal((JSON.parse(readFileSync(join(folder, "LOCK"), "utf8")) as { pid: number }).pid, process.pid);
    assert.deepEqual(readdirSync(folder), ["LOCK"], "the claims are tidied away");
    unlock();
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
