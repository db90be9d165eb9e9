import type { Next, Request, Response } from "restify";

/** Only the page's own inline style; no scripts, frames, forms or other origins. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Headers on every answer: no content sniffing; with an https public address, HSTS. The HTML
 * pages also get a Content-Security-Policy, downloads `Referrer-Policy: no-referrer` (their
 * token is in the address).
 */
export function securityHeaders(publicBaseUrl: string | undefined) {
  const https = publicBaseUrl?.startsWith("https://") ?? false;
  return (req: Request, res: Response, next: Next): void => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path.startsWith("/download/")) res.setHeader("Referrer-Policy", "no-referrer");
    else if (!path.startsWith("/api/") && path !== "/healthz") res.setHeader("Content-Security-Policy", PAGE_POLICY);
    next();
  };
}
