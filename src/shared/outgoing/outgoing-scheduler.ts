import type { Logger } from "../../logging/logger";
import { APP_RATE_LIMITS, conversationRateLimits } from "../teams-limits";
import { RateBudget } from "./rate-budget";
import { MAX_ATTEMPTS, retryDelayMs, type CallFailure } from "./retry-policy";

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Job {
  run: () => Promise<unknown>;
  /** A later job with the same key replaces this one while it waits (an update of the same message). */
  key?: string;
  waiters: Waiter[];
}

interface Lane {
  queue: Job[];
  busy: boolean;
  budget: RateBudget;
}

export interface OutgoingOptions {
  log: Logger;
  /** The status and Retry-After of an error a call to Teams threw (the SDK's error shape is the edge's business). */
  failureOf: (error: unknown) => CallFailure;
  /** Jobs one conversation may have waiting; beyond it a new one is refused at once. */
  maxQueued?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

// At Teams' sustained 2 a second per chat (60 in 30 s), 20 waiting is about 10 s: an answer later than that is
// worse than none (Teams sends the activity again when its answer is late), so a flood is cut here, with a log line.
const DEFAULT_MAX_QUEUED = 20;

/** A message refused because its chat already has `maxQueued` waiting: it is dropped, not an error of the turn. */
export class OutgoingQueueFull extends Error {
  constructor(maxQueued: number) {
    super(`More than ${maxQueued} messages wait for this conversation`);
    this.name = "OutgoingQueueFull";
  }
}

/**
 * Every call the bot makes to Teams goes through here. Messages of one conversation (send, update)
 * go one at a time, in order, within Teams' per-conversation windows; every call within the app's
 * requests per second. A queued update of a message is replaced by a newer update of the same
 * message (only the latest state is worth sending). 429, 412, 502 and 504 are retried with backoff
 * and jitter, honouring Retry-After; when the retries run out, the error goes to the caller and a
 * log line says so.
 */
export class OutgoingScheduler {
  private readonly lanes = new Map<string, Lane>();
  private readonly app = new RateBudget(APP_RATE_LIMITS);
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly maxQueued: number;

  constructor(private readonly options: OutgoingOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  }

  /** A message operation in `conversationId`; `replaces` coalesces it with a queued one of the same key. */
  message<T>(conversationId: string, run: () => Promise<T>, options: { replaces?: string } = {}): Promise<T> {
    const lane = this.laneOf(conversationId);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = { resolve: resolve as (value: unknown) => void, reject };
      const queued = options.replaces === undefined ? undefined : lane.queue.find((job) => job.key === options.replaces);
      if (queued) {
        queued.run = run;
        queued.waiters.push(waiter);
        return;
      }
      if (lane.queue.length >= this.maxQueued) {
        this.options.log.warn({ conversationId, queued: lane.queue.length }, "outgoing queue full: a message to Teams was dropped");
        reject(new OutgoingQueueFull(this.maxQueued));
        return;
      }
      lane.queue.push({ run, ...(options.replaces === undefined ? {} : { key: options.replaces }), waiters: [waiter] });
      if (!lane.busy) void this.drain(conversationId, lane);
    });
  }

  /** A call that is not a message (roster, meeting details): within the app's budget, retried the same way. */
  async call<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.acquire([this.app]);
      try {
        const result = await run();
        this.app.finish(this.now());
        return result;
      } catch (error) {
        this.app.finish(this.now());
        const delay = this.retryOrGiveUp(error, attempt, {});
        if (delay === undefined) throw error;
        await this.sleep(delay);
      }
    }
  }

  private laneOf(conversationId: string): Lane {
    let lane = this.lanes.get(conversationId);
    if (!lane) {
      lane = { queue: [], busy: false, budget: new RateBudget(conversationRateLimits(conversationId)) };
      this.lanes.set(conversationId, lane);
    }
    return lane;
  }

  private async drain(conversationId: string, lane: Lane): Promise<void> {
    lane.busy = true;
    for (let job = lane.queue.shift(); job; job = lane.queue.shift()) await this.runJob(conversationId, lane, job);
    lane.busy = false;
  }

  private async runJob(conversationId: string, lane: Lane, job: Job): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.acquire([lane.budget, this.app]);
      const run = job.run;
      let failed: { error: unknown } | undefined;
      let result: unknown;
      try {
        result = await run();
      } catch (error) {
        failed = { error };
      }
      const answeredAt = this.now();
      lane.budget.finish(answeredAt);
      this.app.finish(answeredAt);
      if (!failed) {
        for (const waiter of job.waiters) waiter.resolve(result);
        return;
      }
      const delay = this.retryOrGiveUp(failed.error, attempt, { conversationId });
      if (delay === undefined) {
        for (const waiter of job.waiters) waiter.reject(failed.error);
        return;
      }
      if (this.handedToNewer(lane, job)) return;
      await this.sleep(delay);
      if (this.handedToNewer(lane, job)) return;
    }
  }

  /** A newer state of the same message waits in the queue: it is what a retry would have sent. */
  private handedToNewer(lane: Lane, job: Job): boolean {
    const newer = job.key === undefined ? undefined : lane.queue.find((queued) => queued.key === job.key);
    newer?.waiters.push(...job.waiters);
    return newer !== undefined;
  }

  private retryOrGiveUp(error: unknown, attempt: number, context: { conversationId?: string }): number | undefined {
    const failure = this.options.failureOf(error);
    const delay = retryDelayMs(failure, attempt, this.random);
    if (delay !== undefined) {
      this.options.log.info({ ...context, status: failure.status, attempt, delayMs: Math.round(delay) }, "Teams asked to wait; retrying");
    } else if (attempt >= MAX_ATTEMPTS) {
      this.options.log.warn({ ...context, status: failure.status, attempts: attempt }, "gave up a call to Teams after its retries");
    }
    return delay;
  }

  /** Waits until every budget has room, then counts the call in each (with no await between, so no one else takes the room). */
  private async acquire(budgets: RateBudget[]): Promise<void> {
    for (;;) {
      const now = this.now();
      const wait = Math.max(...budgets.map((budget) => budget.waitMs(now)));
      if (wait <= 0) {
        for (const budget of budgets) budget.start();
        return;
      }
      await this.sleep(wait);
    }
  }
}
