import type { RateWindow } from "../../src/shared/teams-limits";

/** Counts requests as they arrive and says how long the next must wait to stay within every window. */
export class RateLimiter {
  private readonly arrivals: number[] = [];
  private readonly longest: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.longest = Math.max(...windows.map((w) => w.windowMs));
  }

  /** 0 if a request arriving at `now` is within every window; else the milliseconds until it would be. */
  waitMs(now: number): number {
    while (this.arrivals.length > 0 && (this.arrivals[0] ?? 0) <= now - this.longest) this.arrivals.shift();
    let wait = 0;
    for (const { windowMs, max } of this.windows) {
      const inWindow = this.arrivals.filter((at) => at > now - windowMs);
      const oldest = inWindow[inWindow.length - max];
      if (inWindow.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + windowMs - now + 1);
    }
    return wait;
  }

  count(now: number): void {
    this.arrivals.push(now);
  }
}
