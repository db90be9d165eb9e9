import assert from "node:assert/strict";
import { AdmissionQueue } from "../../src/server/admission-queue";

/** A piece of work that runs until the test lets it finish. */
function held(log: string[], name: string): { work: () => Promise<string>; finish: () => void } {
  let finish = (): void => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the admission queue: a bounded wait instead of everyone at once", () => {
  it("runs at most `active` at once, lets `queued` wait in order, and refuses the next one at once", async () => {
    const log: string[] = [];
    const queue = new AdmissionQueue({ active: 2, queued: 2, maxWaitMs: 10_000 });
    const works = ["a", "b", "c", "d", "e"].map((name) => held(log, name));
    const runs = works.map((w) => queue.run(w.work));
    assert.deepEqual(await runs[4], { ran: false }, "the fifth finds two at work and two waiting");
    await tick();
    assert.deepEqual(log, ["start a", "start b"]);
    works[1]?.finish();
    assert.deepEqual(await runs[1], { ran: true, value: "b" });
    await tick();
    assert.deepEqual(log, ["start a", "start b", "start c"], "the first in line gets the free place");
    for (const w of works) w.finish();
    assert.deepEqual(
      await Promise.all(runs.slice(0, 4)),
      ["a", "b", "c", "d"].map((value) => ({ ran: true, value })),
    );
    assert.equal(queue.refused, 1);
  });

  it("gives up on one that waited maxWaitMs, and the place it waited for is not lost", async () => {
    const log: string[] = [];
    const queue = new AdmissionQueue({ active: 1, queued: 5, maxWaitMs: 30 });
    const first = held(log, "first");
    const running = queue.run(first.work);
    const waited = queue.run(async () => "too late");
    assert.deepEqual(await waited, { ran: false });
    first.finish();
    await running;
    assert.deepEqual(await queue.run(async () => "next"), { ran: true, value: "next" });
  });

  it("a failing piece of work frees its place", async () => {
    const queue = new AdmissionQueue({ active: 1, queued: 0, maxWaitMs: 1000 });
    await assert.rejects(
      queue.run(async () => Promise.reject(new Error("storage down"))),
      /storage down/,
    );
    assert.deepEqual(await queue.run(async () => 1), { ran: true, value: 1 });
  });
});
