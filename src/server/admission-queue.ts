export interface AdmissionLimits {
  /** Activities worked on at once. */
  active: number;
  /** Activities waiting for a turn; one more is refused at once. */
  queued: number;
  /** Longest wait for a turn: Teams gives up on an invoke after about five seconds anyway. */
  maxWaitMs: number;
}

/**
 * Past what the process can serve in time, activities wait their turn in a bounded queue instead
 * of all being worked on at once and timing out together. One that finds the queue full, or has
 * waited `maxWaitMs`, is not run at all: the caller answers it with 503 and Retry-After, which
 * Teams shows as "try again" (and the Bot Connector retries).
 */
export class AdmissionQueue {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private refusedCount = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /**
   * `work` run when its turn comes, or `{ ran: false }` (nothing run) when it is refused. The wait
   * counts from `arrivedAt` (when the request came in: under load, reading it takes time too).
   */
  async run<T>(work: () => Promise<T>, arrivedAt = Date.now()): Promise<{ ran: true; value: T } | { ran: false }> {
    if (!(await this.admitted(arrivedAt))) {
      this.refusedCount += 1;
      return { ran: false };
    }
    try {
      return { ran: true, value: await work() };
    } finally {
      const next = this.waiting.shift();
      // The slot goes straight to the next in line (first come, first served).
      if (next) next();
      else this.active -= 1;
    }
  }

  /** Activities refused since the start. */
  get refused(): number {
    return this.refusedCount;
  }

  private admitted(arrivedAt: number): Promise<boolean> {
    if (this.active < this.limits.active) {
      this.active += 1;
      return Promise.resolve(true);
    }
    const patience = arrivedAt + this.limits.maxWaitMs - Date.now();
    if (this.waiting.length >= this.limits.queued || patience <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const admit = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(admit);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(false);
      }, patience);
      this.waiting.push(admit);
    });
  }
}
