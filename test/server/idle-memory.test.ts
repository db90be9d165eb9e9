import assert from "node:assert/strict";
import { createLogger } from "../../src/logging/logger";
import { collectWhenIdle, givingPagesBack } from "../../src/server/idle-memory";
import { InFlightRequests } from "../../src/server/in-flight-requests";
import { BOT_ENTRY, DEV_NODE_ARGS, NODE_ARGS } from "../../scripts/replay/bot-process";

const MiB = 1024 * 1024;

describe("memory given back after a busy spell", () => {
  let rss: number;
  let idleFor: number;
  let collections: number;
  const start = (collect: (() => void) | undefined = () => ((collections += 1), (rss = 90 * MiB))) =>
    collectWhenIdle({ collect, rss: () => rss, idleForMs: () => idleFor, log: createLogger("silent") });

  beforeEach(() => {
    rss = 100 * MiB;
    idleFor = 0;
    collections = 0;
  });

  it("after a burst, once quiet for 10 s: one full collection, and none again until resident memory grows anew", () => {
    const idle = start();
    idleFor = 10_000;
    idle.check(); // what starting up left
    collections = 0;
    rss = 300 * MiB;
    idleFor = 9_000;
    idle.check();
    assert.equal(collections, 0, "not while requests have just ended");
    idleFor = 10_000;
    idle.check();
    assert.equal(collections, 1);
    idle.check();
    assert.equal(collections, 1, "nothing grew since");
    rss = 150 * MiB;
    idle.check();
    assert.equal(collections, 1, "60 MiB of growth is not a burst");
    rss = 160 * MiB;
    idle.check();
    assert.equal(collections, 2);
    idle.stop();
  });

  it("the first quiet spell after start collects what starting up left behind, once", () => {
    const idle = start();
    idleFor = 10_000;
    idle.check();
    idle.check();
    assert.equal(collections, 1);
    idle.stop();
  });

  it("never while a request runs", () => {
    const idle = start();
    rss = 500 * MiB;
    idleFor = 0;
    idle.check();
    assert.equal(collections, 0);
    idle.stop();
  });

  it("does nothing when Node runs without --expose-gc", () => {
    const idle = start(undefined);
    rss = 500 * MiB;
    idleFor = 60_000;
    assert.doesNotThrow(() => idle.check());
    idle.stop();
  });

  it("the collection it runs gives a burst's pages back to the system (a real Node process)", async () => {
    // 450 MiB of objects freed: a plain gc() keeps their pages resident; this collection releases them.
    const script = `
      const { givingPagesBack } = require("./src/server/idle-memory.ts");
      const anon = () => Number(/RssAnon:\\s+(\\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"))[1]) / 1024;
      let garbage = [];
      for (let i = 0; i < 3e6; i++) garbage.push({ i, text: "x" + i, list: [i] });
      garbage = undefined;
      globalThis.gc();
      const afterPlain = anon();
      givingPagesBack(globalThis.gc)();
      console.log(JSON.stringify({ afterPlain, afterGivingBack: anon() }));`;
    const { execFileSync } = await import("node:child_process");
    const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "-e", script], { encoding: "utf8" });
    const { afterPlain, afterGivingBack } = JSON.parse(output) as { afterPlain: number; afterGivingBack: number };
    assert.ok(afterPlain > 200, `a plain collection keeps the pages (${afterPlain} MiB)`);
    assert.ok(afterGivingBack < afterPlain / 3, `${afterPlain} MiB → ${afterGivingBack} MiB`);
    assert.equal(givingPagesBack(undefined), undefined);
  });

  it("the bot's processes run with the collector exposed and the heap's growth bounded, as npm start runs them", async () => {
    const { readFileSync } = await import("node:fs");
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
    assert.match(start, /^node --expose-gc --heap-growing-percent=10 /);
    // The tests and the benchmark start the bot the same way.
    assert.equal(start, ["node", ...NODE_ARGS, BOT_ENTRY].join(" "));
    const dev = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { dev: string } }).scripts.dev;
    assert.equal(dev, ["node", ...DEV_NODE_ARGS, "scripts/dev.ts"].join(" "), "npm run dev: the same options, the source through tsx");
  });

  it("quiet counts from the end of the last request, and not at all while one runs", async () => {
    const requests = new InFlightRequests();
    let finish = (): void => undefined;
    const running = requests.track(() => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(requests.idleForMs(), 0);
    finish();
    await running;
    const justEnded = requests.idleForMs();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(requests.idleForMs() >= justEnded + 15, "grows once none runs");
    assert.ok(justEnded < 15, "counted from the end, not the start");
  });
});
