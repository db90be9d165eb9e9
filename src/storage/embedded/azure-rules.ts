import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { scopeQueryToPartition } from "./partition-scoped-query";

/** Azure Cosmos DB refuses an item over 2 MB (413); this server would keep it. */
export const MAX_ITEM_BYTES = 2 * 1024 * 1024;
/** Azure's id rules: at most 255 characters, none of `/ \ ? #`. */
export const MAX_ID_LENGTH = 255;
const FORBIDDEN_ID_CHARACTERS = /[/\\?#]/;
/** A body larger than any item Azure accepts is not read further. */
const READ_LIMIT = MAX_ITEM_BYTES + 64 * 1024;

type Route = { db: string; container: string; kind: "createContainer" | "documents" | "document"; id?: string };

/**
 * Puts Azure Cosmos DB's rules, where `@vercel/cosmosdb-server` is laxer, in front of it: items
 * over 2 MB are refused with 413, ids Azure refuses get 400, and a query sent with a partition key
 * sees only that partition (this server would scan the whole container). The tests then fail where
 * Azure would.
 */
export function azureRulesListener(inner: RequestListener): RequestListener {
  /** Partition key paths by `db/container`, learned from the container creations that pass. */
  const partitionPaths = new Map<string, string[]>();
  return (req: IncomingMessage, res: ServerResponse) => {
    const route = routeOf(req);
    if (!route || (req.method !== "POST" && req.method !== "PUT")) return inner(req, res);
    void readBody(req).then(
      (body) => {
        if (body === undefined || body.length > MAX_ITEM_BYTES) {
          return refuse(res, 413, "RequestEntityTooLarge", "Request size is too large");
        }
        const json = parseObject(body);
        const key = `${route.db}/${route.container}`;
        if (route.kind === "createContainer") {
          const paths = (json?.partitionKey as { paths?: unknown } | undefined)?.paths;
          if (typeof json?.id === "string" && Array.isArray(paths)) {
            partitionPaths.set(
              `${route.db}/${json.id}`,
              paths.filter((p): p is string => typeof p === "string"),
            );
          }
          return inner(replayed(req, body), res);
        }
        if (isQueryPlanRequest(req)) return answerQueryPlan(res);
        if (isQuery(req)) {
          const scoped = json ? scopedQuery(json, partitionKeyOf(req), partitionPaths.get(key)) : undefined;
          return inner(replayed(req, scoped ? Buffer.from(JSON.stringify(scoped)) : body), res);
        }
        const id = route.kind === "document" ? route.id : json?.id;
        const invalid = typeof id === "string" ? invalidId(id) : undefined;
        if (invalid) return refuse(res, 400, "BadRequest", invalid);
        return inner(replayed(req, body), res);
      },
      () => refuse(res, 400, "BadRequest", "The request body could not be read"),
    );
  };
}

/** Why Azure would refuse this id, if it would. */
export function invalidId(id: string): string | undefined {
  if (id.length === 0 || id.length > MAX_ID_LENGTH || FORBIDDEN_ID_CHARACTERS.test(id)) {
    return (
      `The input name '${id.slice(0, 300)}' is invalid. ` +
      `Ensure to provide a unique non-empty string less than '${MAX_ID_LENGTH}' characters.`
    );
  }
  return undefined;
}

function scopedQuery(
  body: Record<string, unknown>,
  partitionKey: unknown,
  paths: string[] | undefined,
): Record<string, unknown> | undefined {
  const [path] = paths ?? [];
  if (partitionKey === undefined || !path || typeof body.query !== "string" || (paths?.length ?? 0) !== 1) return undefined;
  const scoped = scopeQueryToPartition(body.query, path);
  if (!scoped) return undefined;
  const parameters = Array.isArray(body.parameters) ? body.parameters : [];
  return { ...body, query: scoped.query, parameters: [...parameters, { name: scoped.parameter, value: partitionKey }] };
}

function routeOf(req: IncomingMessage): Route | undefined {
  const segments = new URL(req.url ?? "/", "http://x").pathname
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const [dbs, db, colls, container, docs, id] = segments;
  if (dbs !== "dbs" || !db || colls !== "colls") return undefined;
  if (segments.length === 3) return { db, container: "", kind: "createContainer" };
  if (!container || docs !== "docs") return undefined;
  if (segments.length === 5) return { db, container, kind: "documents" };
  return segments.length === 6 && id !== undefined ? { db, container, kind: "document", id } : undefined;
}

/**
 * The SDK asks the gateway for a query plan beside every query (it uses the plan only when the
 * query itself is refused as needing one). The server would run the query over the whole container
 * for it, across partitions, and send every match back to be thrown away. It gets a plan instead,
 * as from Azure: one range, nothing to merge, since this server runs each query whole itself.
 */
function isQueryPlanRequest(req: IncomingMessage): boolean {
  return headerIsTrue(req, "x-ms-cosmos-is-query-plan-request");
}

function answerQueryPlan(res: ServerResponse): void {
  res.statusCode = 200;
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", "00000000-0000-0000-0000-000000000000");
  res.end(JSON.stringify(QUERY_PLAN));
}

const QUERY_PLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: "None",
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: "",
    hasSelectValue: false,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
};

function isQuery(req: IncomingMessage): boolean {
  return headerIsTrue(req, "x-ms-documentdb-isquery") || String(req.headers["content-type"] ?? "").startsWith("application/query+json");
}

/** The SDK sends its flags as "true" or "True". */
function headerIsTrue(req: IncomingMessage, name: string): boolean {
  const flag = req.headers[name];
  return typeof flag === "string" && flag.toLowerCase() === "true";
}

/** The single value of `x-ms-documentdb-partitionkey` (`["p2"]`), or undefined when there is none. */
function partitionKeyOf(req: IncomingMessage): unknown {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.length === 1 && (typeof parsed[0] === "string" || typeof parsed[0] === "number")
      ? parsed[0]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The body, or undefined once it is larger than any item Azure takes (the rest is drained unread). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= READ_LIMIT) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > READ_LIMIT ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The request again, with `body` to read: the server reads it as it would have read the original. */
function replayed(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = Readable.from([body]) as Readable & Partial<IncomingMessage>;
  return Object.assign(replay, {
    headers: { ...req.headers, "content-length": String(body.length) },
    method: req.method,
    url: req.url,
    socket: req.socket,
    httpVersion: req.httpVersion,
  }) as IncomingMessage;
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", "00000000-0000-0000-0000-000000000000");
  res.end(JSON.stringify({ code, message: `Message: {"Errors":["${message.replace(/["\\]/g, "")}"]}` }));
}
