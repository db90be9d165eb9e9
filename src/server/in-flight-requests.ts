/** Counts requests being handled, so shutdown can wait for them to finish. */
export class InFlightRequests {
  private count = 0;
  private waiters: Array<() => void> = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  get size(): number {
    return this.count;
  }

  /** Resolves when none are left, or after `timeoutMs` (returns false then). */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
