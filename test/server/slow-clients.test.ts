/**
 * A client that sends its headers or its body a few bytes a second (slowloris) is cut off once
 * its deadline passes, on its first request or a later one on a kept-alive socket, while everyone
 * else is answered as usual.
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

  const { requestMs, headersMs, keepAliveMs } = SLOW_CLIENT_LIMITS;

  it(`an idle kept-alive connection is closed ${keepAliveMs / 1000} s after its last answer`, async () => {
    const { hostname, port } = new URL(running.bot.url);
    const { idleMs, keepAlive } = await new Promise<{ idleMs: number; keepAlive: string }>((resolve) => {
      let answeredAt = 0;
      let answer = "";
      const socket = connect(Number(port), hostname, () => socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      socket.on("data", (chunk: Buffer) => {
        answer += chunk.toString();
        answeredAt = Date.now();
      });
      socket.on("error", () => undefined);
      socket.on("close", () => resolve({ idleMs: Date.now() - answeredAt, keepAlive: /keep-alive: (.*)\r\n/i.exec(answer)?.[1] ?? "" }));
    });
    assert.ok(idleMs >= keepAliveMs - 500 && idleMs < keepAliveMs + 600, `closed after ${idleMs} ms idle`);
    assert.match(keepAlive, /timeout=\d/, "the client is told how long it may idle");
    assert.ok(Number(/timeout=(\d+)/.exec(keepAlive)?.[1]) * 1000 < keepAliveMs, `told ${keepAlive}: less than the socket really waits`);
  });
  it(
    `a body at a byte a second gets 408 at ${requestMs / 1000} s; on a kept-alive socket a second request's headers are cut ` +
      `within ${(keepAliveMs + headersMs) / 1000} s of the first answer and its body at ${requestMs / 1000} s`,
    async () => {
      const { hostname, port } = new URL(running.bot.url);
      const healthz = `GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n`;
      const slowBody = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
      /** Sends `first` whole (if any), then `trickled` after its answer, then a byte a second; resolves when the socket closes. */
      const trickle = (first: string | undefined, trickled: string) =>
        new Promise<{ ms: number; answers: string }>((resolve) => {
          let answers = "";
          let started = Date.now();
          let drip: NodeJS.Timeout | undefined;
          const socket = connect(Number(port), hostname, () => {
            if (first) socket.write(first);
            else startTrickling();
          });
          const startTrickling = () => {
            started = Date.now();
            socket.write(trickled);
            drip = setInterval(() => socket.writable && socket.write(" "), 1000);
          };
          socket.on("data", (chunk: Buffer) => {
            const before = answers;
            answers += chunk.toString();
            if (first && !before.includes("HTTP/1.1 200") && answers.includes("HTTP/1.1 200")) startTrickling();
          });
          socket.on("error", () => undefined);
          socket.on("close", () => {
            clearInterval(drip);
            resolve({ ms: Date.now() - started, answers });
          });
        });
      const [body, laterHeaders, laterBody] = await Promise.all([
        trickle(undefined, slowBody),
        trickle(healthz, "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: a"),
        trickle(healthz, slowBody),
      ]);
      assert.ok(body.ms >= requestMs - 1000 && body.ms < requestMs + 2000, `a slow body lasted ${body.ms} ms`);
      assert.match(body.answers, /^HTTP\/1.1 408/, "the client is told its request timed out");
      assert.ok(laterHeaders.ms < keepAliveMs + headersMs + 1000, `a later request's slow headers lasted ${laterHeaders.ms} ms`);
      assert.ok(
        laterBody.ms >= requestMs - 2000 && laterBody.ms < requestMs + 2000,
        `a later request's slow body lasted ${laterBody.ms} ms`,
      );
      assert.match(laterBody.answers, /HTTP\/1.1 408/);
    },
  );
});
