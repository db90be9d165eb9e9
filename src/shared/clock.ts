import { readFileSync, statSync } from "node:fs";
import { z } from "zod";

/** The bot's clock: every handler and the reminder sweep read time from `CoreServices.now`. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const clockFileSchema = z.object({ now: z.string().datetime({ offset: true }), setAt: z.number().int().nonnegative() });

/**
 * For tests only (TEST_CLOCK_FILE, refused unless NODE_ENV=test): the time is `now` from the file,
 * running on from `setAt`, so a test moves several bot processes across reminder moments
 * without sleeping. The file is read again when it changes; a missing or broken file means the
 * system clock.
 */
export function fileClock(path: string): Clock {
  let seenMtime = -1;
  let offsetMs = 0;
  return () => {
    try {
      const mtime = statSync(path).mtimeMs;
      if (mtime !== seenMtime) {
        seenMtime = mtime;
        const parsed = clockFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
        offsetMs = parsed.success ? Date.parse(parsed.data.now) - parsed.data.setAt : 0;
      }
    } catch {
      offsetMs = 0;
    }
    return new Date(Date.now() + offsetMs);
  };
}
