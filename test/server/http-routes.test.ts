import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/**
 * The server mounts whatever routes it is given and authenticates each caller as the route
 * declares; nothing here names a feature. Drawn routes, one of each kind, served by their own
 * process (`support/drawn-routes-server.ts`).
 */
describe("HTTP routes as the server mounts them", () => {
  let server: ChildProcess;
  let base: string;

  const start = async (withUserTokens: boolean) => {
    const script = resolve(__dirname, "support/drawn-routes-server.ts");
    server = spawn(process.execPath, ["--import", "tsx", script, ...(withUserTokens ? ["with-user-tokens"] : [])], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise<string>((resolvePort, reject) => {
      let out = "";
      server.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /PORT (\d+)/.exec(out);
        if (found?.[1]) resolvePort(found[1]);
      });
      server.once("exit", (code) => reject(new Error(`the drawn-routes server exited with ${code}`)));
    });
    base = `http://127.0.0.1:${port}`;
  };
  const stop = () =>
    new Promise<void>((resolveStop) => {
      server.once("exit", () => resolveStop());
      server.kill("SIGTERM");
    });

  describe("with no way to verify a Teams user's token", () => {
    before(() => start(false));
    after(stop);

    it("a public page carries its Content-Security-Policy and may be cached", async () => {
      const page = await fetch(`${base}/side`);
      assert.equal(await page.text(), "<p>hei</p>");
      assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'none'/);
      assert.equal(page.headers.get("cache-control"), "public, max-age=60");
      assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    });

    it("a download-token route: not cached, indexed, referred; HEAD has no body; OPTIONS says GET, HEAD; a bad query is 400", async () => {
      const file = await fetch(`${base}/fil/riktig`);
      assert.equal(await file.text(), "innhold");
      assert.equal(file.headers.get("cache-control"), "no-store");
      assert.equal(file.headers.get("x-robots-tag"), "noindex");
      assert.equal(file.headers.get("referrer-policy"), "no-referrer");
      assert.equal(file.headers.get("content-security-policy"), "default-src 'none'; sandbox", "a file opened in the browser runs nothing");
      assert.match(file.headers.get("content-disposition") ?? "", /filename\*=UTF-8''m%C3%B8te\.txt/);
      const wrong = await fetch(`${base}/fil/feil`);
      assert.equal(wrong.status, 404);
      assert.equal(wrong.headers.get("cache-control"), "no-store");
      const head = await fetch(`${base}/fil/riktig`, { method: "HEAD" });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get("content-length"), "7");
      assert.equal((await head.arrayBuffer()).byteLength, 0);
      const options = await fetch(`${base}/fil/riktig`, { method: "OPTIONS" });
      assert.equal(options.status, 204);
      assert.equal(options.headers.get("allow"), "GET, HEAD");
      const badQuery = await fetch(`${base}/fil/riktig?format=pdf`);
      assert.equal(badQuery.status, 400);
      assert.match(((await badQuery.json()) as { error: string }).error, /format/);
    });

    it("every answer carries nosniff: an unknown path (404), a method the route does not take (405), a route's refusal", async () => {
      const answers = [
        await fetch(`${base}/finnes-ikke`),
        await fetch(`${base}/fil/riktig`, { method: "POST" }),
        await fetch(`${base}/fil/riktig`, { method: "DELETE" }),
        await fetch(`${base}/fil/feil`),
      ];
      assert.deepEqual(
        answers.map((answer) => [answer.status, answer.headers.get("x-content-type-options")]),
        [
          [404, "nosniff"],
          [405, "nosniff"],
          [405, "nosniff"],
          [404, "nosniff"],
        ],
      );
    });

    it("a Teams-user-token route answers 401 to everyone", async () => {
      assert.equal((await fetch(`${base}/meg`, { headers: { authorization: "Bearer god" } })).status, 401);
      assert.equal((await fetch(`${base}/meg`)).status, 401);
    });

    it("a storage outage is 503 'try again', any other failure 500", async () => {
      const outage = await fetch(`${base}/nede?how=outage`);
      assert.equal(outage.status, 503);
      assert.match(((await outage.json()) as { error: string }).error, /Prøv igjen/);
      assert.equal((await fetch(`${base}/nede?how=bug`)).status, 500);
    });
  });

  describe("with a verifier of Teams users' tokens", () => {
    before(() => start(true));
    after(stop);

    it("a Teams-user-token route gets the verified user; a bad or missing token is 401", async () => {
      const me = await fetch(`${base}/meg`, { headers: { authorization: "Bearer god" } });
      assert.equal(me.status, 200);
      assert.deepEqual(await me.json(), { user: "00000000-0000-0000-0000-000000000001" });
      assert.equal(me.headers.get("cache-control"), "no-store");
      assert.equal((await fetch(`${base}/meg`, { headers: { authorization: "Bearer falsk" } })).status, 401);
      assert.equal((await fetch(`${base}/meg`)).status, 401);
    });
  });
});
