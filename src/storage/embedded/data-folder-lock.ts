import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Who holds the lock: the process id, and where the system tells it, when that process started. */
interface Holder {
  pid: number;
  startedAt?: string;
}

/**
 * Keeps two bot processes from running the embedded store on the same folder, which would
 * let their journals diverge. The lock file is created exclusively; one left by a process that
 * is gone — or whose id now belongs to another process, told apart by its start time — is taken
 * over by moving it aside first, so of two processes starting together over it exactly one wins.
 */
export function lockDataFolder(folder: string): () => void {
  const path = join(folder, "LOCK");
  const me: Holder = { pid: process.pid, ...startTimeField(process.pid) };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: "wx" });
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
    moveAsideIfStill(path, seen);
  }
  throw new Error(`DATA_DIR: could not take the lock of ${folder}; another bot process is starting on it`);
}

/** Moves the stale lock away, but only if it is still the one read: a fresh lock taken meanwhile is put back. */
function moveAsideIfStill(path: string, seen: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // another process moved it first
  }
  if (readLock(aside) === seen) rmSync(aside, { force: true });
  else renameSync(aside, path);
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
