/**
 * A client that sends its headers a few bytes a second (slowloris) is cut off once the headers
 * deadline passes, while everyone else is answered as usual.
 */
import assert from "node:assert/strict";
import { connect } from "node:net";
import { SLOW_CLIENT_LIMITS } from "../../src/server/slow-client-limits";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";

describe("slow clients", function () {
  this.timeout(60_000);
  let running: RunningBot;
  before(async () => {
    running = await startRunningBot();
  });
  after(() => running?.stop());

  it(`20 sockets sending a header line a second are closed after ${SLOW_CLIENT_LIMITS.headersMs / 1000} s; /healthz answers`, async () => {
    const { hostname, port } = new URL(running.bot.url);
    const started = Date.now();
    const closedAfter = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<number>((resolve) => {
            const socket = connect(Number(port), hostname, () => socket.write("POST /api/messages HTTP/1.1\r\nHost: localhost\r\n"));
            const drip = setInterval(() => socket.writable && socket.write("X-Slow: a\r\n"), 1000);
            socket.on("error", () => undefined);
            socket.on("close", () => {
              clearInterval(drip);
              resolve(Date.now() - started);
            });
          }),
      ).concat(
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, 2000));
          const health = await fetch(new URL("/healthz", running.bot.url));
          assert.equal(health.status, 200, "the bot answers others while the slow sockets hang");
          return SLOW_CLIENT_LIMITS.headersMs;
        })(),
      ),
    );
    for (const ms of closedAfter) {
      assert.ok(ms >= SLOW_CLIENT_LIMITS.headersMs - 500 && ms < SLOW_CLIENT_LIMITS.headersMs + 5000, `closed after ${ms} ms`);
    }
  });
});
