import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { createLogger } from "../../src/logging/logger";
import { createHttpServer, type HttpServer } from "../../src/server/create-http-server";
import type { CoreServices } from "../../src/shared/bot-services";
import { httpRoute, type AnswerRoute } from "../../src/shared/http-routes";
import { StorageUnavailableError } from "../../src/storage/storage-errors";

/**
 * The server mounts whatever routes it is given and authenticates each caller as the route
 * declares; nothing here names a feature. Drawn routes, one of each kind.
 */
describe("HTTP routes as the server mounts them", () => {
  let http: HttpServer;
  let base: string;
  const services = { now: () => new Date() } as unknown as CoreServices;

  const routes: AnswerRoute[] = [
    httpRoute({
      method: "GET",
      path: "/side",
      auth: "public",
      query: z.object({}).passthrough(),
      answer: async () => ({ kind: "html", html: "<p>hei</p>", maxAgeSeconds: 60 }),
    }),
    httpRoute({
      method: "GET",
      path: "/fil/:token",
      auth: "downloadToken",
      query: z.object({ format: z.enum(["txt"]).default("txt") }),
      answer: async ({ params }) =>
        params.token === "riktig"
          ? { kind: "file", contentType: "text/plain", fileName: "møte.txt", body: Buffer.from("innhold") }
          : { kind: "json", status: 404, body: { error: "ukjent" } },
    }),
    httpRoute({
      method: "GET",
      path: "/meg",
      auth: "teamsUserToken",
      query: z.object({}).passthrough(),
      answer: async ({ caller }) => ({ kind: "json", status: 200, body: { user: caller.user?.aadObjectId } }),
    }),
    httpRoute({
      method: "GET",
      path: "/nede",
      auth: "public",
      query: z.object({ how: z.enum(["outage", "bug"]) }),
      answer: async ({ query }) => {
        throw query.how === "outage" ? new StorageUnavailableError("gone") : new Error("bug");
      },
    }),
  ];

  const start = async (withUserTokens: boolean) => {
    http = createHttpServer({
      routes,
      services,
      authenticate: async () => ({ ok: false, reason: "no bot routes here" }),
      ...(withUserTokens
        ? {
            authenticateUser: async (authorization: string | undefined) =>
              authorization === "Bearer god"
                ? { ok: true as const, user: { aadObjectId: "00000000-0000-0000-0000-000000000001" } }
                : { ok: false as const, reason: "bad token" },
          }
        : {}),
      isStorageReachable: async () => true,
      log: createLogger("silent"),
      admission: { active: 10, queued: 10, maxWaitMs: 1000 },
    });
    await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  };
  const stop = () => new Promise<void>((resolve) => http.server.close(() => resolve()));

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
