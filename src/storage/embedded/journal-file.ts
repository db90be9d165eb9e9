import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { journalRecordSchema, type JournalRecord } from "./journal-record";
import { PersistedState } from "./persisted-state";

/**
 * The embedded store's files: `snapshot.jsonl` (compacted state) and `journal.jsonl`
 * (every acknowledged write since). A write is appended synchronously before the server
 * answers, so a process killed at any moment loses nothing it acknowledged.
 */
export class JournalFile {
  private fd: number | undefined;
  private readonly snapshotPath: string;
  private readonly journalPath: string;

  constructor(readonly folder: string) {
    mkdirSync(folder, { recursive: true });
    this.snapshotPath = join(folder, "snapshot.jsonl");
    this.journalPath = join(folder, "journal.jsonl");
  }

  /** Reads snapshot and journal. A torn last journal line (never acknowledged) is skipped. */
  load(): { state: PersistedState; skippedLines: number } {
    const state = new PersistedState();
    let skippedLines = 0;
    for (const path of [this.snapshotPath, this.journalPath]) {
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const record = parseLine(line);
        if (record) state.apply(record);
        else skippedLines += 1;
      }
    }
    return { state, skippedLines };
  }

  /** Writes the state as a new snapshot (atomically) and starts an empty journal. */
  compact(state: PersistedState): void {
    this.closeJournal();
    const temporary = `${this.snapshotPath}.tmp`;
    const fd = openSync(temporary, "w");
    try {
      let buffer = "";
      for (const record of state.records()) {
        buffer += `${JSON.stringify(record)}\n`;
        if (buffer.length > 1 << 20) {
          writeSync(fd, buffer);
          buffer = "";
        }
      }
      writeSync(fd, buffer);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.snapshotPath);
    // Replaying the old journal over the new snapshot is harmless (records are full states),
    // so a crash between the rename and this truncation loses nothing.
    writeFileSync(this.journalPath, "");
  }

  append(record: JournalRecord): void {
    if (this.fd === undefined) this.fd = openSync(this.journalPath, "a");
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  /** Forces the journal to disk (used on orderly shutdown). */
  flush(): void {
    if (this.fd !== undefined) fsyncSync(this.fd);
  }

  closeJournal(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
  }
}

function parseLine(line: string): JournalRecord | undefined {
  try {
    const parsed = journalRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
