import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Keeps two bot processes from running the embedded store on the same folder, which would
 * let their journals diverge. A lock left by a killed process (its pid is gone) is taken over.
 */
export function lockDataFolder(folder: string): () => void {
  const path = join(folder, "LOCK");
  try {
    writeFileSync(path, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new Error(`DATA_DIR: ${folder} is in use by another bot process (pid ${holder}); stop it or choose another DATA_DIR`);
    }
    writeFileSync(path, String(process.pid));
  }
  return () => rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
