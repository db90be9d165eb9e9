import type { z } from "zod";
import type { CoreServices } from "./bot-services";

/**
 * How the caller of an HTTP route is authenticated; the server applies it before the route runs:
 * - `public`: anyone (the pages the app manifest links to);
 * - `downloadToken`: the unguessable token in the path is the key, and the route resolves it;
 *   answers are never cached or indexed and send no referrer;
 * - `botFramework`: the Bot Connector's JWT in `Authorization`, checked before the body is read;
 * - `teamsUserToken`: the signed-in Teams user's token (single sign-on, for pages inside Teams);
 *   refused with 401 unless the server was given a way to verify it.
 */
export type HttpAuth = "public" | "downloadToken" | "botFramework" | "teamsUserToken";

/** What a route answers; the server writes it with the headers its kind of authentication calls for. */
export type HttpAnswer =
  | { kind: "html"; html: string; maxAgeSeconds: number }
  /** `etag`: the answer's version; a GET whose `If-None-Match` names it is answered 304 without a body. */
  | { kind: "json"; status: number; body: unknown; etag?: string }
  | { kind: "file"; contentType: string; fileName: string; body: Buffer }
  /** A page's script or style: shown, not downloaded, and kept `maxAgeSeconds` by browsers. */
  | { kind: "asset"; contentType: string; body: Buffer; gzipped?: Buffer; maxAgeSeconds: number };

/** Who called, as the route's authentication established it. */
export interface HttpCaller {
  /** `teamsUserToken`: the signed-in user. */
  user?: { aadObjectId: string; tenantId?: string; name?: string };
}

export interface HttpRequest<Query, S extends CoreServices = CoreServices> {
  /** The path's `:name` parts. */
  params: Record<string, string>;
  /** The query string, parsed with the route's schema. */
  query: Query;
  /** A POST's JSON body, parsed with the route's `body` schema (undefined for GET). */
  body: unknown;
  /** `If-None-Match` as sent (a GET that already has this version). */
  ifNoneMatch?: string;
  caller: HttpCaller;
  services: S;
}

/** A route that answers (a page, a file, JSON). `query`: the schema of what it takes in its query string. */
export interface AnswerRoute<S extends CoreServices = CoreServices> {
  method: "GET" | "POST";
  path: string;
  auth: Exclude<HttpAuth, "botFramework">;
  query: z.ZodTypeAny;
  /** Replaces the Content-Security-Policy its kind of authentication sets (a page that runs its own script). */
  contentSecurityPolicy?: string;
  answer(request: HttpRequest<unknown, S>): Promise<HttpAnswer>;
}

/** The request as the Bot Framework adapter takes it (the body already parsed). */
export interface RawRequest {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

/**
 * The Bot Framework's messages endpoint: the server checks the token, the body's size and shape,
 * the tenant and its admission queue, then hands over the parsed activity; the route writes the answer.
 */
export interface ActivityRoute<Activity> {
  method: "POST";
  path: string;
  auth: "botFramework";
  receive(req: RawRequest, res: unknown, activity: Activity): Promise<void>;
}

export type HttpRoute<S extends CoreServices = CoreServices, Activity = never> = AnswerRoute<S> | ActivityRoute<Activity>;

const invalid = (error: z.ZodError): HttpAnswer => {
  const issue = error.issues[0];
  return { kind: "json", status: 400, body: { error: `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}` } };
};

/**
 * An answering route whose query (and a POST's JSON body, with `body`) is parsed with its schema
 * first: what does not match gets 400 with the first problem.
 */
export function httpRoute<S extends CoreServices, Q extends z.ZodTypeAny, B extends z.ZodTypeAny = z.ZodUndefined>(spec: {
  method: "GET" | "POST";
  path: string;
  auth: Exclude<HttpAuth, "botFramework">;
  query: Q;
  body?: B;
  contentSecurityPolicy?: string;
  answer(request: HttpRequest<z.infer<Q>, S> & { body: z.infer<B> }): Promise<HttpAnswer>;
}): AnswerRoute<S> {
  const { body: bodySchema, ...rest } = spec;
  return {
    ...rest,
    async answer(request) {
      const query = spec.query.safeParse(request.query);
      if (!query.success) return invalid(query.error);
      const body = bodySchema ? bodySchema.safeParse(request.body) : undefined;
      if (body && !body.success) return invalid(body.error);
      return spec.answer({ ...request, query: query.data as z.infer<Q>, body: body?.data as z.infer<B> });
    },
  };
}
