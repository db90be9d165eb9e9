import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { JournalRecord } from "./journal-record";

type Sink = (record: JournalRecord) => void;

/**
 * Wraps the Cosmos server's request listener: when the server acknowledges a change, the
 * resulting state is handed to `sink` before the answer leaves. If the sink throws (disk full),
 * the client gets a 500 instead of an acknowledgement.
 */
export function journalingListener(inner: RequestListener, sink: () => Sink | undefined): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers["x-ms-cosmos-is-batch-request"]) {
      // Batches are not atomic in this server; refuse rather than acknowledge half a batch.
      res.statusCode = 400;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ code: "BadRequest", message: "Transactional batches are not supported by the embedded store" }));
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD" && !isQuery(req)) {
      const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
      res.end = ((chunk?: unknown) => {
        const write = sink();
        if (write && res.statusCode >= 200 && res.statusCode < 300) {
          try {
            const record = toRecord(req, chunk);
            if (record) write(record);
          } catch (error) {
            res.statusCode = 500;
            return end(JSON.stringify({ code: "InternalServerError", message: `Journal write failed: ${String(error)}` }));
          }
        }
        return end(chunk);
      }) as typeof res.end;
    }
    inner(req, res);
  };
}

function isQuery(req: IncomingMessage): boolean {
  const flag = req.headers["x-ms-documentdb-isquery"];
  return (
    (typeof flag === "string" && flag.toLowerCase() === "true") ||
    String(req.headers["content-type"] ?? "").startsWith("application/query+json")
  );
}

function toRecord(req: IncomingMessage, chunk: unknown): JournalRecord | undefined {
  const segments = new URL(req.url ?? "/", "http://x").pathname
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const [dbs, db, colls, container, docs, id] = segments;
  if (dbs !== "dbs") return undefined;
  const body = parseBody(chunk);

  if (segments.length === 1 && req.method === "POST" && typeof body?.id === "string") {
    return { op: "createDatabase", db: body.id };
  }
  if (!db) return undefined;
  if (segments.length === 2 && req.method === "DELETE") return { op: "dropDatabase", db };
  if (colls !== "colls") return undefined;
  if (segments.length === 3 && req.method === "POST" && typeof body?.id === "string") {
    const defaultTtl = typeof body.defaultTtl === "number" ? { defaultTtl: body.defaultTtl } : {};
    return { op: "createContainer", db, container: body.id, partitionKeyPaths: partitionKeyPaths(body), ...defaultTtl };
  }
  if (!container) return undefined;
  if (segments.length === 4 && req.method === "DELETE") return { op: "dropContainer", db, container };
  if (docs !== "docs") return undefined;
  if (req.method === "DELETE" && id !== undefined) {
    return { op: "deleteDocument", db, container, id, partitionKey: partitionKeyHeader(req) };
  }
  if (body && typeof body.id === "string" && typeof body._rid === "string") {
    return { op: "putDocument", db, container, document: body as Record<string, unknown> & { id: string } };
  }
  return undefined;
}

function parseBody(chunk: unknown): Record<string, unknown> | undefined {
  if (chunk === undefined || chunk === null) return undefined;
  const text = Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk);
  if (text === "") return undefined;
  const parsed: unknown = JSON.parse(text);
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

function partitionKeyPaths(body: Record<string, unknown>): string[] {
  const definition = body.partitionKey as { paths?: unknown } | undefined;
  return Array.isArray(definition?.paths) ? definition.paths.filter((p): p is string => typeof p === "string") : [];
}

/** Normalised to the form `partitionKeyOf` produces, so deletes match what puts stored. */
function partitionKeyHeader(req: IncomingMessage): string {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return JSON.stringify([{}]);
  return JSON.stringify(JSON.parse(raw));
}
