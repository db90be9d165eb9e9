import restify, { type Request, type Response, type Server } from "restify";
import { parseIncomingActivity } from "../teams/incoming-activity";
import { cleanTextDeep } from "../shared/text/clean-text";
import type { Logger } from "../logging/logger";
import type { MessagesEndpoint } from "../teams/messages-endpoint";
import type { RequestAuthenticator } from "../teams/authenticate-request";
import type { Language } from "../shared/language";
import type { DownloadFile, DownloadFormat } from "../features/referat";
import { appPages, sendHtml } from "./app-pages";
import { sendDownload } from "./send-download";
import { InFlightRequests } from "./in-flight-requests";
import { readJsonBody } from "./read-json-body";
import { checkTenant } from "./tenant-allow-list";
import { activityLogFields } from "./activity-log-fields";
import { refuseBusy, refuseTenant, refuseUnauthenticated } from "./http-refusals";
import { AdmissionQueue, type AdmissionLimits } from "./admission-queue";
import { securityHeaders } from "./security-headers";
import { limitSlowClients } from "./slow-client-limits";

export interface HttpServerDeps {
  messages: MessagesEndpoint;
  /** The Bot Connector's token (401 when it does not hold). */
  authenticate: RequestAuthenticator;
  /** ALLOWED_TENANTS (lower case); undefined = every tenant. */
  allowedTenants?: readonly string[];
  fixedLanguage?: Language;
  isStorageReachable(): Promise<boolean>;
  /** The referat file behind a download link, or undefined (404). */
  download(token: string, format: DownloadFormat): Promise<DownloadFile | undefined>;
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

/**
 * restify with `POST /api/messages` (the bot), `GET /download/:token` (referat files), `GET /healthz`,
 * and the pages the app manifest links to (`/`, `/personvern`, `/vilkar`).
 */
export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: "motebot", handleUncaughtExceptions: false });
  limitSlowClients(server.server);
  const inFlight = new InFlightRequests();
  const admission = new AdmissionQueue(deps.admission);
  let busyLoggedAt = 0;

  server.post("/api/messages", async (req: Request, res: Response) =>
    inFlight.track(async () => {
      const read = await readJsonBody(req);
      if (!read.ok && read.status === 413) return refuse(res, read.reason, deps.log, read.status);
      // The token first: a caller without one learns nothing about what a valid body looks like.
      const claimed = read.ok && isRecord(read.body) ? read.body : {};
      const authentication = await deps.authenticate(claimed, req.header("authorization") || undefined);
      if (!authentication.ok) return refuseUnauthenticated(res, authentication.reason, deps.log);
      if (!read.ok) return refuse(res, read.reason, deps.log, read.status);
      // Everything people typed, and names, reach the features cleaned (NFC, nothing invisible).
      const body = cleanTextDeep(read.body);
      const activity = parseIncomingActivity(body);
      if (!activity.success) {
        const issue = activity.error.issues[0];
        return refuse(res, `not a valid activity: ${issue?.path.join(".")} ${issue?.message}`, deps.log);
      }
      const tenant = checkTenant(activity.data, deps.allowedTenants);
      if (!tenant.allowed) return refuseTenant(res, activity.data, tenant.tenantId, deps);
      req.body = body;
      const started = Date.now();
      try {
        const outcome = await admission.run(() => deps.messages(req, res, activity.data), req.time());
        if (!outcome.ran) {
          refuseBusy(res, activity.data, deps);
          // One line a second at most: under overload the log must not add to the load.
          if (Date.now() - busyLoggedAt >= 1000) {
            busyLoggedAt = Date.now();
            deps.log.warn(
              { refusedSoFar: admission.refused, ...deps.admission },
              "busy: activity refused with 503 (admission queue full or waited too long)",
            );
          }
        }
        deps.log.info({ ...activityLogFields(activity.data), status: res.statusCode, ms: Date.now() - started }, "activity handled");
      } catch (error) {
        deps.log.error({ err: error }, "messages endpoint failed");
        if (!res.headersSent) res.send(500, { error: "internal error" });
      }
    }),
  );

  server.use(securityHeaders(deps.publicBaseUrl));
  server.get("/download/:token", async (req: Request, res: Response) =>
    inFlight.track(() => sendDownload(req, res, deps.download, deps.log)),
  );
  // HEAD: the headers a download would carry, without the file.
  server.head("/download/:token", async (req: Request, res: Response) =>
    inFlight.track(() => sendDownload(req, res, deps.download, deps.log, { headOnly: true })),
  );

  // OPTIONS: which methods a download link takes (no CORS: the file is opened by the browser, not fetched by a page).
  server.opts("/download/:token", async (_req: Request, res: Response) => {
    res.header("Allow", "GET, HEAD");
    res.send(204);
  });

  for (const [path, html] of Object.entries(appPages)) {
    server.get(path, async (_req: Request, res: Response) => sendHtml(html, res));
  }

  server.get("/healthz", async (_req: Request, res: Response) => {
    const reachable = await deps.isStorageReachable();
    res.send(reachable ? 200 : 503, { status: reachable ? "ok" : "storage unreachable" });
  });

  return { server, inFlight };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function refuse(res: Response, reason: string, log: Logger, status = 400): void {
  log.warn({ reason }, "refused request on /api/messages");
  if (!res.headersSent) res.send(status, { error: reason });
}
