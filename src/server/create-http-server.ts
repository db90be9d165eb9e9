import restify, { type Request, type Response, type Server } from "restify";
import type { Logger } from "../logging/logger";
import type { CoreServices } from "../shared/bot-services";
import type { HttpRoute } from "../shared/http-routes";
import type { Language } from "../shared/language";
import type { IncomingActivity } from "../teams/incoming-activity";
import type { RequestAuthenticator } from "../teams/authenticate-request";
import { mountActivityRoute } from "./activity-route";
import { AdmissionQueue, type AdmissionLimits } from "./admission-queue";
import { mountAnswerRoute, type UserAuthenticator } from "./answer-route";
import { InFlightRequests } from "./in-flight-requests";
import { securityHeaders } from "./security-headers";
import { limitSlowClients } from "./slow-client-limits";

export interface HttpServerDeps<S extends CoreServices> {
  /** Every HTTP route: the route table's, and the Teams edge's messages endpoint. */
  routes: ReadonlyArray<HttpRoute<S, IncomingActivity>>;
  /** What answering routes are handed. */
  services: S;
  /** The Bot Connector's token, for `botFramework` routes (401 when it does not hold). */
  authenticate: RequestAuthenticator;
  /** A Teams user's token, for `teamsUserToken` routes; without it they answer 401. */
  authenticateUser?: UserAuthenticator;
  /** ALLOWED_TENANTS (lower case); undefined = every tenant. */
  allowedTenants?: readonly string[];
  fixedLanguage?: Language;
  isStorageReachable(): Promise<boolean>;
  log: Logger;
  /** PUBLIC_BASE_URL: over https, browsers are told to keep to https (HSTS). */
  publicBaseUrl?: string;
  /** How many activities are worked on at once and how many may wait (see AdmissionQueue). */
  admission: AdmissionLimits;
}

export interface HttpServer {
  server: Server;
  inFlight: InFlightRequests;
}

/** restify with the routes it is given, each authenticated as it declares, and `GET /healthz`. */
export function createHttpServer<S extends CoreServices>(deps: HttpServerDeps<S>): HttpServer {
  const server = restify.createServer({ name: "motebot", handleUncaughtExceptions: false });
  limitSlowClients(server.server);
  // pre, not use: restify runs `use` handlers only for a matched route, and 404/405 answers need the headers too.
  server.pre(securityHeaders(deps.publicBaseUrl));
  const inFlight = new InFlightRequests();
  const admission = new AdmissionQueue(deps.admission);

  for (const route of deps.routes) {
    if (route.auth !== "botFramework") continue;
    mountActivityRoute(server, route, { ...deps, admission, admissionLimits: deps.admission, inFlight });
  }

  for (const route of deps.routes) {
    if (route.auth === "botFramework") continue;
    mountAnswerRoute(server, route, { services: deps.services, inFlight, log: deps.log, ...authenticateUser(deps) });
  }

  server.get("/healthz", async (_req: Request, res: Response) => {
    const reachable = await deps.isStorageReachable();
    res.send(reachable ? 200 : 503, { status: reachable ? "ok" : "storage unreachable" });
  });

  return { server, inFlight };
}

const authenticateUser = (deps: { authenticateUser?: UserAuthenticator }) =>
  deps.authenticateUser ? { authenticateUser: deps.authenticateUser } : {};
