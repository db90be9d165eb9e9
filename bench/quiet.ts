import type { RequestCounter, RequestCounts } from "../scripts/replay/request-counter";

const QUIET_MS = 40;
const total = (c: RequestCounts): number => c.pointReads + c.writes + c.queries + c.metadata;

/** Waits until the embedded server has had no request for QUIET_MS: the bot's work after its answers is done. */
export async function quietOf(counter: RequestCounter): Promise<void> {
  let seen = total(counter.snapshot());
  let since = Date.now();
  while (Date.now() - since < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = total(counter.snapshot());
    if (now !== seen) [seen, since] = [now, Date.now()];
  }
}
