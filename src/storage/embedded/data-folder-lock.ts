import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Who holds the lock: the process id, and where the system tells it, when that process started. */
interface Holder {
  pid: number;
  startedAt?: string;
}

/**
 * Keeps two bot processes from running the embedded store on the same folder, which would
 * let their journals diverge. The lock file is created exclusively; one left by a process that
 * is gone — or whose id now belongs to another process, told apart by its start time — is
 * removed by whoever first claims its takeover (see `removeIfStill`), and then created afresh,
 * exclusively again: however many processes start together over it, exactly one holds it.
 */
export function lockDataFolder(folder: string): () => void {
  const path = join(folder, "LOCK");
  const me: Holder = { pid: process.pid, ...startTimeField(process.pid) };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: "wx" });
      removeTakeoverClaims(path);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const seen = readLock(path);
    if (seen === undefined) continue; // removed meanwhile: try again
    const holder = parseHolder(seen);
    if (holder && holder.pid !== process.pid && isRunning(holder)) {
      throw new Error(`DATA_DIR: ${folder} is in use by another bot process (pid ${holder.pid}); stop it or choose another DATA_DIR`);
    }
    if (!removeIfStill(path, seen, me)) pause(20);
  }
  throw new Error(`DATA_DIR: could not take the lock of ${folder}; another bot process is starting on it`);
}

/**
 * Removes the stale file at `path` if it still holds `seen`; true if this process did the
 * removing. Only the process that creates the claim file named after `seen` (exclusively, so one
 * of any number) may remove it, and nothing else can change a file that exists: between the
 * claimant's reading and removing, it stays `seen`. A claim whose claimant died before finishing
 * is itself stale and is removed the same way, one level down. Claims are never reused (a
 * holder's record names its process and start time) and are tidied by the next holder.
 */
function removeIfStill(path: string, seen: string, me: Holder): boolean {
  const claim = `${path}.takeover-${createHash("sha256").update(seen).digest("hex").slice(0, 16)}`;
  try {
    writeFileSync(claim, JSON.stringify(me), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const claimant = readLock(claim);
    const holder = claimant === undefined ? undefined : parseHolder(claimant);
    if (claimant !== undefined && !(holder && isRunning(holder))) removeIfStill(claim, claimant, me);
    return false;
  }
  if (readLock(path) !== seen) return false;
  rmSync(path, { force: true });
  return true;
}

function removeTakeoverClaims(path: string): void {
  const prefix = `${basename(path)}.takeover-`;
  for (const name of readdirSync(dirname(path))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
  }
}

/** Waits without giving the event loop away: the lock is taken while the process starts, before anything else runs. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** `{"pid":…,"startedAt":…}`, or a bare pid as older versions wrote it. */
function parseHolder(text: string): Holder | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "number") return { pid: parsed };
    const holder = parsed as Partial<Holder> | null;
    return typeof holder?.pid === "number" ? { pid: holder.pid, ...(holder.startedAt ? { startedAt: holder.startedAt } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  const now = startTimeField(holder.pid).startedAt;
  return holder.startedAt === undefined || now === undefined || now === holder.startedAt;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** On Linux, the start time of a process (field 22 of /proc/<pid>/stat); elsewhere nothing. */
function startTimeField(pid: number): { startedAt?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const startedAt = fields[19];
    return startedAt ? { startedAt } : {};
  } catch {
    return {};
  }
}
