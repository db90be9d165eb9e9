/** Small HTTP helpers for the Connector stand-in: error replies in the Connector's `{ error: { code, message } }` shape, body reading. */
import type http from "node:http";
import { isRecord } from "./payloads";

export const MAX_BODY_BYTES = 20 * 1024 * 1024;
const ERROR_CODES: Record<number, string> = {
  400: "BadSyntax",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  409: "Conflict",
  412: "PreconditionFailed",
  413: "RequestEntityTooLarge",
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
};

export interface Reply {
  status: number;
  body?: unknown;
  /** Sent as `Retry-After` (a 429's wait). */
  retryAfterSeconds?: number;
}
export function errorReply(status: number, message: string, code = ERROR_CODES[status] ?? "ServiceError"): Reply {
  return { status, body: { error: { code, message } } };
}

export function parseActivity(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The request body as UTF-8 text, or null if it exceeds MAX_BODY_BYTES. */
export async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<unknown>) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}
