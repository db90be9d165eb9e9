import type { Next, Request, Response } from "restify";

/**
 * Headers on every answer: no content sniffing; with an https public address, HSTS. Each route
 * adds those of its kind (a page's Content-Security-Policy, a download's no-referrer: see answer-route.ts).
 */
export function securityHeaders(publicBaseUrl: string | undefined) {
  const https = publicBaseUrl?.startsWith("https://") ?? false;
  return (_req: Request, res: Response, next: Next): void => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}
