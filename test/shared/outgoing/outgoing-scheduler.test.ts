/**
 * The bot's one way out to Teams, called directly with stand-in calls that record when they ran:
 * Teams' per-conversation windows kept, updates of one message coalesced, 429/412/502/504 retried
 * with the wait Teams asked for, other failures handed to the caller at once.
 */
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import pino from "pino";
import { OutgoingQueueFull, OutgoingScheduler } from "../../../src/shared/outgoing/outgoing-scheduler";
import type { CallFailure } from "../../../src/shared/outgoing/retry-policy";

class Refused extends Error {
  constructor(readonly failure: CallFailure) {
    super(`refused with ${failure.status}`);
  }
}

function scheduler(options: { maxQueued?: number } = {}): { outgoing: OutgoingScheduler; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  const outgoing = new OutgoingScheduler({
    log: pino({ level: "info" }, sink),
    failureOf: (error) => (error instanceof Refused ? error.failure : {}),
    ...options,
  });
  return { outgoing, lines };
}

/** The most calls that ran within any `windowMs`. */
function busiest(times: number[], windowMs: number): number {
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("outgoing scheduler: every call to Teams within its limits", function () {
  this.timeout(20_000);

  it("12 messages to one chat at once: sent in order, never more than 7 in a second or 8 in two", async () => {
    const { outgoing } = scheduler();
    const sent: Array<{ n: number; at: number }> = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        outgoing.message("19:chat@thread.v2", async () => {
          sent.push({ n, at: Date.now() });
          return n;
        }),
      ),
    );
    assert.deepEqual(
      sent.map((s) => s.n),
      Array.from({ length: 12 }, (_, n) => n),
    );
    const times = sent.map((s) => s.at);
    assert.ok(busiest(times, 1000) <= 7, `busiest second: ${busiest(times, 1000)}`);
    assert.ok(busiest(times, 2000) <= 8, `busiest two seconds: ${busiest(times, 2000)}`);
  });

  it("another chat is not held up by a busy one", async () => {
    const { outgoing } = scheduler();
    const busy = Array.from({ length: 10 }, () => outgoing.message("19:busy@thread.v2", async () => undefined));
    const started = Date.now();
    await outgoing.message("19:quiet@thread.v2", async () => undefined);
    assert.ok(Date.now() - started < 200, `waited ${Date.now() - started} ms`);
    await Promise.all(busy);
  });

  it("20 updates of one card within a second: Teams gets the first and the latest, every caller is answered", async () => {
    const { outgoing } = scheduler();
    const delivered: number[] = [];
    const updates: Array<Promise<void>> = [];
    for (let state = 1; state <= 20; state++) {
      updates.push(outgoing.message("19:chat@thread.v2", async () => void delivered.push(state), { replaces: "card-1" }));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await Promise.all(updates);
    assert.equal(delivered[delivered.length - 1], 20, "the last update shows the final state");
    assert.ok(delivered.length < 20, `coalesced: ${delivered.join(",")}`);
    assert.deepEqual(
      delivered,
      [...delivered].sort((a, b) => a - b),
      "never an older state after a newer one",
    );
  });

  it("a 429 storm: retried after the Retry-After Teams gave, and delivered once it ends", async () => {
    const { outgoing, lines } = scheduler();
    const stormEnds = Date.now() + 1500;
    let attempts = 0;
    const result = await outgoing.message("19:chat@thread.v2", async () => {
      attempts += 1;
      if (Date.now() < stormEnds) throw new Refused({ status: 429, retryAfterMs: 600 });
      return "delivered";
    });
    assert.equal(result, "delivered");
    assert.ok(Date.now() >= stormEnds);
    assert.ok(attempts >= 2 && attempts <= 4, `attempts: ${attempts}`);
    assert.ok(lines.some((line) => line.includes("retrying")));
  });

  it("a retried update gives way to a newer state of the same card queued meanwhile", async () => {
    const { outgoing } = scheduler();
    const delivered: string[] = [];
    let first = true;
    const older = outgoing.message(
      "19:chat@thread.v2",
      async () => {
        if (first) {
          first = false;
          throw new Refused({ status: 502 });
        }
        delivered.push("older");
      },
      { replaces: "card" },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    const newer = outgoing.message("19:chat@thread.v2", async () => void delivered.push("newer"), { replaces: "card" });
    await Promise.all([older, newer]);
    assert.deepEqual(delivered, ["newer"]);
  });

  it("a refusal that is not temporary (400, 403, 413) goes to the caller at once, not retried", async () => {
    const { outgoing } = scheduler();
    for (const status of [400, 403, 413]) {
      let attempts = 0;
      await assert.rejects(
        outgoing.message("19:chat@thread.v2", async () => {
          attempts += 1;
          throw new Refused({ status });
        }),
        Refused,
      );
      assert.equal(attempts, 1, String(status));
    }
  });

  it("a full queue refuses a new message at once and says so in the log", async () => {
    const { outgoing, lines } = scheduler({ maxQueued: 3 });
    let release = (): void => undefined;
    const blocked = outgoing.message("19:chat@thread.v2", () => new Promise<void>((resolve) => (release = resolve)));
    const queued = [1, 2, 3].map(() => outgoing.message("19:chat@thread.v2", async () => undefined));
    await assert.rejects(
      outgoing.message("19:chat@thread.v2", async () => undefined),
      OutgoingQueueFull,
    );
    assert.ok(lines.some((line) => line.includes("outgoing queue full")));
    release();
    await Promise.all([blocked, ...queued]);
  });
});
