import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDataDir } from "../../scripts/replay/bot-process";

/** The clock of bot processes started with `env` (TEST_CLOCK_FILE, honoured only with NODE_ENV=test). */
export class TestClock {
  readonly file = join(tempDataDir(), "clock.json");

  constructor(start: string) {
    this.set(start);
  }

  get env(): Record<string, string> {
    return { TEST_CLOCK_FILE: this.file };
  }

  /** From now on the bots' clocks read `iso` and run on from there. */
  set(iso: string): void {
    writeFileSync(this.file, JSON.stringify({ now: new Date(iso).toISOString(), setAt: Date.now() }));
  }
}
