import type { Response } from "restify";
import type { HttpAnswer } from "../shared/http-routes";

/** Writes a route's answer; `headOnly`: the headers a GET would carry, without the body. */
export function sendAnswer(
  res: Response,
  answer: HttpAnswer,
  options: { headOnly?: boolean; ifNoneMatch?: string; acceptEncoding?: string } = {},
): void {
  if (answer.kind === "json") {
    const body = JSON.stringify(answer.body);
    const etag = answer.etag ? { ETag: `"${answer.etag}"` } : {};
    if (answer.etag && options.ifNoneMatch === `"${answer.etag}"`) {
      res.writeHead(304, etag);
      res.end();
      return;
    }
    res.writeHead(answer.status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...etag });
    res.end(options.headOnly ? undefined : body);
    return;
  }
  if (answer.kind === "asset") {
    const gzip = answer.gzipped && /\bgzip\b/.test(options.acceptEncoding ?? "") ? answer.gzipped : undefined;
    const body = gzip ?? answer.body;
    res.writeHead(200, {
      "Content-Type": answer.contentType,
      "Content-Length": body.length,
      "Cache-Control": `public, max-age=${answer.maxAgeSeconds}`,
      Vary: "Accept-Encoding",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(options.headOnly ? undefined : body);
    return;
  }
  if (answer.kind === "html") {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": `public, max-age=${answer.maxAgeSeconds}` });
    res.end(options.headOnly ? undefined : answer.html);
    return;
  }
  res.writeHead(200, {
    "Content-Type": answer.contentType,
    "Content-Length": answer.body.length,
    "Content-Disposition":
      `attachment; filename="${answer.fileName.replace(/[^\x20-\x7E]|"/g, "_")}"; ` +
      `filename*=UTF-8''${encodeURIComponent(answer.fileName)}`,
  });
  res.end(options.headOnly ? undefined : answer.body);
}
