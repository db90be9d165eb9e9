import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; reason: string };

/** Reads a JSON request body of at most `limit` bytes. Anything else is a reason to answer 400. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return { ok: false, reason: `body larger than ${limit} bytes` };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return { ok: false, reason: `body larger than ${limit} bytes` };
    chunks.push(buffer);
  }
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, reason: "body is not valid JSON" };
  }
}
