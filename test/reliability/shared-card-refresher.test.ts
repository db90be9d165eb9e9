import assert from "node:assert/strict";
import { SharedCardRefresher } from "../../src/shared/cards/shared-card-refresher";

/** Resolves once `condition` holds, checking after each turn of the event loop (the re-render runs after the answer). */
async function until(condition: () => boolean): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 1000) throw new Error("condition never held");
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("SharedCardRefresher: two bot instances updating one shared card", () => {
  it(
    "an older rendering that one instance publishes after the " + "other's newer one is replaced by a fresh one, after the answer",
    async () => {
      let stored = 1;
      const published: number[] = [];
      const publish = async (view: number): Promise<void> => void published.push(view);
      const first = new SharedCardRefresher();
      const second = new SharedCardRefresher();

      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let renders = 0;
      const slowRender = async (): Promise<number> => {
        const view = stored;
        if (renders++ === 0) await held; // the first instance is slow between reading and publishing
        return view;
      };
      const fromFirst = first.refresh("card", slowRender, publish);
      stored = 2; // a write handled by the second instance, which publishes at once
      assert.equal(await second.refresh("card", async () => stored, publish), 2);
      release();
      assert.equal(await fromFirst, 1, "the first instance answers with its own rendering, without waiting for the re-render");

      await until(() => published.length >= 3);
      assert.deepEqual(published.slice(0, 2), [2, 1], "the first instance published its older rendering last");
      assert.equal(published.at(-1), stored, "and then the card as stored");
    },
  );

  it("a caller alone with a rendering of the document it just wrote is answered without a render; the re-render follows", async () => {
    const events: string[] = [];
    const refresher = new SharedCardRefresher();
    const answer = refresher.refresh(
      "card",
      async () => (events.push("render"), "stored"),
      async (v) => void events.push(`publish ${v}`),
      { known: { view: "written" } },
    );
    void answer.then((v) => events.push(`answer ${v}`));
    await until(() => events.length >= 5);
    // Rendered again until two renderings agree: the card then shows what storage holds.
    assert.deepEqual(events, ["publish written", "answer written", "render", "publish stored", "render"]);
  });

  it("the re-render waits until the caller's answer is sent", async () => {
    let renders = 0;
    let send = (): void => undefined;
    const answered = new Promise<void>((resolve) => (send = resolve));
    const refresher = new SharedCardRefresher();
    await refresher.refresh(
      "card",
      async () => (renders++, "stored"),
      async () => undefined,
      { answered },
    );
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(renders, 1, "rendered for the answer only");
    send();
    await until(() => renders === 2);
  });
  it("the caller is answered before the card is published; a slow publish holds neither the next rendering nor its answer", async () => {
    const events: string[] = [];
    let letPublish = (): void => undefined;
    const connector = new Promise<void>((resolve) => (letPublish = resolve));
    let stored = 1;
    const refresher = new SharedCardRefresher();
    const publish = async (view: number): Promise<void> => {
      events.push(`publish ${view} started`);
      if (view === 1) await connector; // a slow Bot Connector, or Teams answering 429 for a while
      events.push(`publish ${view} done`);
    };
    const render = async (): Promise<number> => (events.push(`render ${stored}`), stored);
    const first = refresher.refresh("card", render, publish);
    assert.equal(await first, 1, "answered while the publish is still under way");
    stored = 2;
    assert.equal(await refresher.refresh("card", render, publish), 2, "the next caller is answered while publish 1 still runs");
    stored = 3;
    assert.equal(await refresher.refresh("card", render, publish), 3);
    assert.deepEqual(events, ["render 1", "publish 1 started", "render 2", "render 3"]);
    letPublish();
    await until(() => events.includes("publish 3 done"));
    assert.deepEqual(events.slice(4, 7), ["publish 1 done", "publish 3 started", "publish 3 done"], "only the newest goes next");
    assert.ok(!events.includes("publish 2 started"), "rendering 2 was outdated before Teams could take it");
  });
});
