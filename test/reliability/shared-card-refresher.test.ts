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
    assert.deepEqual(events, ["publish written", "render", "answer written", "publish stored", "render"]);
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
  it("the caller is answered before the card is published to everyone; the next rendering waits for that publish", async () => {
    const events: string[] = [];
    let letPublish = (): void => undefined;
    const connector = new Promise<void>((resolve) => (letPublish = resolve));
    let stored = 1;
    const refresher = new SharedCardRefresher();
    const publish = async (view: number): Promise<void> => {
      events.push(`publish ${view} started`);
      if (view === 1) await connector; // a slow Bot Connector
      events.push(`publish ${view} done`);
    };
    const render = async (): Promise<number> => (events.push(`render ${stored}`), stored);
    const first = refresher.refresh("card", render, publish);
    assert.equal(await first, 1, "answered while the publish is still under way");
    stored = 2;
    const second = refresher.refresh("card", render, publish);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(events, ["render 1", "publish 1 started"], "the next rendering waits for the publish before it");
    letPublish();
    assert.equal(await second, 2);
    await until(() => events.includes("publish 2 done"));
    assert.deepEqual(events.slice(0, 5), ["render 1", "publish 1 started", "publish 1 done", "render 2", "publish 2 started"]);
  });
});
