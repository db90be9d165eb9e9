/**
 * The HTTP server with drawn routes, one of each kind, as its own process (restify changes Node's
 * http prototypes, so it never runs inside the test process, whose stand-ins are http servers too).
 * `node --import tsx test/server/support/drawn-routes-server.ts [with-user-tokens]`; prints `PORT <n>`.
 */
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { createLogger } from "../../../src/logging/logger";
import { createHttpServer } from "../../../src/server/create-http-server";
import type { CoreServices } from "../../../src/shared/bot-services";
import { httpRoute, type AnswerRoute } from "../../../src/shared/http-routes";
import { StorageUnavailableError } from "../../../src/storage/storage-errors";

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

const withUserTokens = process.argv.includes("with-user-tokens");
const http = createHttpServer({
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
http.server.listen(0, "127.0.0.1", () => process.stdout.write(`PORT ${(http.server.address() as AddressInfo).port}\n`));
process.on("SIGTERM", () => http.server.close(() => process.exit(0)));
