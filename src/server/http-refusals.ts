import type { Response } from "restify";
import type { IncomingActivity } from "../teams/incoming-activity";
import { languageOf, type Language } from "../shared/language";
import { textsFor } from "../shared/texts";
import type { Logger } from "../logging/logger";

/** 401: the request does not carry a valid token from the Bot Connector for this bot. */
export function refuseUnauthenticated(res: Response, reason: string, log: Logger): void {
  log.warn({ reason }, "refused unauthenticated request on /api/messages");
  if (!res.headersSent) res.send(401, { error: "unauthorized" });
}

/**
 * 403: the activity comes from a tenant ALLOWED_TENANTS does not list. A card action gets the error
 * response Teams shows on the card; anything else only the status.
 */
export function refuseTenant(
  res: Response,
  activity: IncomingActivity,
  tenantId: string,
  deps: { log: Logger; fixedLanguage?: Language },
): void {
  deps.log.warn(
    { tenantId, activityType: activity.type, activityId: activity.id },
    "refused activity from a tenant not in ALLOWED_TENANTS",
  );
  if (res.headersSent) return;
  if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
    const message = textsFor(languageOf(activity, deps.fixedLanguage)).tenantNotAllowed;
    res.send(403, { statusCode: 403, type: "application/vnd.microsoft.error", value: { code: "Forbidden", message } });
    return;
  }
  res.send(403, { error: "tenant not allowed" });
}

/**
 * 503 with Retry-After: the activity found the admission queue full, or waited too long for its
 * turn; nothing of it was run. A card action gets the error response Teams shows on the card.
 */
export function refuseBusy(res: Response, activity: IncomingActivity, deps: { fixedLanguage?: Language }): void {
  if (res.headersSent) return;
  res.header("Retry-After", "1");
  if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
    const message = textsFor(languageOf(activity, deps.fixedLanguage)).busy;
    res.send(503, { statusCode: 503, type: "application/vnd.microsoft.error", value: { code: "ServiceUnavailable", message } });
    return;
  }
  res.send(503, { error: "busy, try again" });
}
