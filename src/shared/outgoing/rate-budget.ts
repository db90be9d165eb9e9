import type { RateWindow } from "../teams-limits";

/**
 * The bot's own count of what it has asked of Teams, so it stays inside Teams' windows before Teams
 * has to refuse. A call counts from when it starts until it has an answer, and then at the moment of
 * the answer: Teams received it in between, so a window counted from the answers never holds more
 * than Teams counted in it, however late the request left or however slow the network was.
 */
export class RateBudget {
  private readonly answered: number[] = [];
  private running = 0;
  private readonly longest: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.longest = Math.max(...windows.map((w) => w.windowMs));
  }

  /** 0 when a call may start at `now`; else how long to wait before asking again. */
  waitMs(now: number): number {
    while (this.answered.length > 0 && (this.answered[0] ?? 0) <= now - this.longest) this.answered.shift();
    let wait = 0;
    for (const { windowMs, max } of this.windows) {
      const inWindow = this.answered.filter((at) => at > now - windowMs);
      const over = inWindow.length + this.running - max;
      if (over < 0) continue;
      // The oldest answers must leave the window; if the running calls alone fill it, one must answer first.
      const leaving = inWindow[over];
      wait = Math.max(wait, leaving === undefined ? RUNNING_POLL_MS : leaving + windowMs - now + 1);
    }
    return wait;
  }

  start(): void {
    this.running += 1;
  }

  finish(now: number): void {
    this.running -= 1;
    this.answered.push(now);
  }
}

/** How soon to look again when calls still under way fill a window. */
const RUNNING_POLL_MS = 20;
