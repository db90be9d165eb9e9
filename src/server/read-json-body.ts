import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

/** 413 Payload Too Large for a body over the limit, 400 for one that is not JSON. */
export type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413; reason: string };

/** Reads a JSON request body of at most `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"] ?? 0);
  const tooLarge = { ok: false, status: 413, reason: `body larger than ${limit} bytes` } as const;
  if (declared > limit) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return tooLarge;
    chunks.push(buffer);
  }
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, reason: "body is not valid JSON" };
  }
}
