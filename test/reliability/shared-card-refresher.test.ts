import assert from "node:assert/strict";
import { SharedCardRefresher } from "../../src/bot/shared-card-refresher";

describe("SharedCardRefresher: two bot instances updating one shared card", () => {
  it("an older rendering that one instance publishes after the other's newer one is replaced by a fresh one", async () => {
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
    await fromFirst;

    assert.deepEqual(published.slice(0, 2), [2, 1], "the first instance published its older rendering last");
    assert.equal(published.at(-1), stored, "and then the card as stored");
  });
});
