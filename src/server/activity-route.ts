import type { Request, Response, Server } from "restify";
import type { ActivityRoute } from "../shared/http-routes";
import type { Language } from "../shared/language";
import { cleanTextDeep } from "../shared/text/clean-text";
import type { Logger } from "../logging/logger";
import { parseIncomingActivity, type IncomingActivity } from "../teams/incoming-activity";
import type { RequestAuthenticator } from "../teams/authenticate-request";
import { activityLogFields } from "./activity-log-fields";
import type { AdmissionLimits, AdmissionQueue } from "./admission-queue";
import { refuseBusy, refuseTenant, refuseUnauthenticated } from "./http-refusals";
import type { InFlightRequests } from "./in-flight-requests";
import { readJsonBody } from "./read-json-body";
import { checkTenant } from "./tenant-allow-list";

export interface ActivityRouteDeps {
  /** The Bot Connector's token (401 when it does not hold). */
  authenticate: RequestAuthenticator;
  /** ALLOWED_TENANTS (lower case); undefined = every tenant. */
  allowedTenants?: readonly string[];
  fixedLanguage?: Language;
  admission: AdmissionQueue;
  admissionLimits: AdmissionLimits;
  inFlight: InFlightRequests;
  log: Logger;
}

/**
 * A `botFramework` route (`POST /api/messages`): over 1 MB 413; the token before anything else (a
 * caller without one learns nothing about what a valid body looks like); then the JSON and the
 * activity's shape (400), the tenant (403) and the admission queue (503 when full).
 */
export function mountActivityRoute(server: Server, route: ActivityRoute<IncomingActivity>, deps: ActivityRouteDeps): void {
  let busyLoggedAt = 0;
  server.post(route.path, async (req: Request, res: Response) =>
    deps.inFlight.track(async () => {
      const read = await readJsonBody(req);
      if (!read.ok && read.status === 413) return refuse(res, read.reason, deps.log, read.status);
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
        const outcome = await deps.admission.run(() => route.receive(req, res, activity.data), req.time());
        if (!outcome.ran) {
          refuseBusy(res, activity.data, deps);
          // One line a second at most: under overload the log must not add to the load.
          if (Date.now() - busyLoggedAt >= 1000) {
            busyLoggedAt = Date.now();
            deps.log.warn(
              { refusedSoFar: deps.admission.refused, ...deps.admissionLimits },
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
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function refuse(res: Response, reason: string, log: Logger, status = 400): void {
  log.warn({ reason }, "refused request on /api/messages");
  if (!res.headersSent) res.send(status, { error: reason });
}
