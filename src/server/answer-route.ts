import type { Request, Response, Server } from "restify";
import type { CoreServices } from "../shared/bot-services";
import type { AnswerRoute, HttpAuth, HttpCaller } from "../shared/http-routes";
import type { Logger } from "../logging/logger";
import { isStorageOutage } from "../storage/storage-errors";
import type { InFlightRequests } from "./in-flight-requests";
import { sendAnswer } from "./send-answer";
import { readJsonBody } from "./read-json-body";

/** A page's API takes small JSON bodies (an entry's text, an item's notes): far below the messages endpoint's 1 MB. */
const MAX_ROUTE_BODY_BYTES = 64 * 1024;

/** Only the page's own inline style; no scripts, frames, forms or other origins. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Verifies a Teams user's token (`teamsUserToken` routes): the user, or why not. */
export type UserAuthenticator = (
  authorization: string | undefined,
) => Promise<{ ok: true; user: NonNullable<HttpCaller["user"]> } | { ok: false; reason: string }>;

export interface AnswerRouteDeps<S extends CoreServices> {
  services: S;
  /** Without it, every `teamsUserToken` route answers 401. */
  authenticateUser?: UserAuthenticator;
  inFlight: InFlightRequests;
  log: Logger;
}

/** The headers each kind of authentication calls for, on every answer of such a route. */
const HEADERS: Record<Exclude<HttpAuth, "botFramework">, Record<string, string>> = {
  public: { "Content-Security-Policy": PAGE_POLICY },
  // The token is in the address: never cached, indexed or sent on as a referrer. A file a browser
  // shows inline (Markdown as text) runs nothing and reaches nothing.
  downloadToken: {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  },
  teamsUserToken: { "Cache-Control": "no-store" },
};

const headersOf = (route: AnswerRoute<CoreServices>): Record<string, string> =>
  route.contentSecurityPolicy ? { ...HEADERS[route.auth], "Content-Security-Policy": route.contentSecurityPolicy } : HEADERS[route.auth];

/**
 * Mounts a route that answers: GET routes also answer HEAD (the headers alone) and OPTIONS (which
 * methods it takes). The caller is authenticated as the route says; a thrown storage outage is
 * 503 "try again", anything else 500.
 */
export function mountAnswerRoute<S extends CoreServices>(server: Server, route: AnswerRoute<S>, deps: AnswerRouteDeps<S>): void {
  const handle = (headOnly: boolean) => async (req: Request, res: Response) =>
    deps.inFlight.track(async () => {
      for (const [name, value] of Object.entries(headersOf(route))) res.setHeader(name, value);
      const caller: HttpCaller = {};
      if (route.auth === "teamsUserToken") {
        const verified = deps.authenticateUser ? await deps.authenticateUser(req.header("authorization") || undefined) : undefined;
        if (!verified?.ok) {
          deps.log.warn(
            { path: route.path, reason: verified?.reason ?? "no user token verifier" },
            "refused request without a valid user token",
          );
          return sendAnswer(res, { kind: "json", status: 401, body: { error: "unauthorized" } }, { headOnly });
        }
        caller.user = verified.user;
      }
      try {
        const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
        const params = Object.fromEntries(
          Object.entries(req.params ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        );
        let body: unknown;
        if (route.method === "POST") {
          const read = await readJsonBody(req, MAX_ROUTE_BODY_BYTES);
          if (!read.ok) return sendAnswer(res, { kind: "json", status: read.status, body: { error: read.reason } });
          body = read.body;
        }
        const ifNoneMatch = req.header("if-none-match") || undefined;
        const answer = await route.answer({
          params,
          query,
          body,
          caller,
          services: deps.services,
          ...(ifNoneMatch ? { ifNoneMatch } : {}),
        });
        const acceptEncoding = req.header("accept-encoding") || undefined;
        sendAnswer(res, answer, { headOnly, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(acceptEncoding ? { acceptEncoding } : {}) });
      } catch (error) {
        const outage = isStorageOutage(error);
        deps.log[outage ? "warn" : "error"]({ err: error, path: route.path }, "HTTP route failed");
        if (res.headersSent) return;
        if (outage)
          sendAnswer(res, { kind: "json", status: 503, body: { error: "Lagringen er utilgjengelig akkurat nå. Prøv igjen om litt." } });
        else sendAnswer(res, { kind: "json", status: 500, body: { error: "Noe gikk galt." } });
      }
    });
  const allowed = route.method === "GET" ? "GET, HEAD" : route.method;
  if (route.method === "GET") {
    server.get(route.path, handle(false));
    server.head(route.path, handle(true));
  } else {
    server.post(route.path, handle(false));
  }
  server.opts(route.path, async (_req: Request, res: Response) => {
    for (const [name, value] of Object.entries(headersOf(route))) res.setHeader(name, value);
    res.header("Allow", allowed);
    res.send(204);
  });
}
