/** Counts requests being handled, so shutdown can wait for them to finish, and knows when the last one ended. */
export class InFlightRequests {
  private count = 0;
  private waiters: Array<() => void> = [];
  private lastEnded = performance.now();

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
      this.lastEnded = performance.now();
      if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  get size(): number {
    return this.count;
  }

  /** Milliseconds since the last request ended with none running; 0 while any runs. */
  idleForMs(): number {
    return this.count > 0 ? 0 : performance.now() - this.lastEnded;
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
