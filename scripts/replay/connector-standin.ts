/**
 * A stand-in for Teams' Bot Connector service. Tests put `standIn.url` into the activities' `serviceUrl`;
 * the bot then sends, replies, updates and deletes here, and calls the member/meeting REST APIs here.
 */
import http from "node:http";
import { adaptiveCardsOf } from "./cards";
import { MAX_BODY_BYTES, errorReply, parseActivity, readBody, type Reply } from "./http-util";
import { DEFAULT_TENANT_ID, isRecord, stringOf } from "./payloads";
import { RateLimiter } from "./rate-limiter";
import { APP_RATE_LIMITS, conversationRateLimits, MESSAGE_LIMIT_UTF16_BYTES, REFRESH_USER_IDS_MAX } from "../../src/shared/teams-limits";

/**
 * What the stand-in refused as Teams would: a message over the size limit (413), a request over a rate
 * limit (429), a card refreshed for too many users or a mention of someone not in the chat (400).
 */
export interface RefusedOperation {
  conversationId: string;
  operation: "send" | "reply" | "update" | "delete" | "rest";
  status: number;
  code: string;
  detail: string;
}

export { adaptiveCardsOf } from "./cards";

export interface RecordedActivity {
  conversationId: string;
  operation: "send" | "reply" | "update" | "delete";
  /** id assigned (send/reply) or targeted (update/delete) */
  activityId: string;
  replyToId?: string;
  /** the JSON body the bot sent (`{}` for delete) */
  activity: Record<string, unknown>;
  at: number;
}

export interface TeamsMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  objectId?: string;
  givenName?: string;
  surname?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  userRole?: string;
}

export interface RestRequest {
  method: string;
  /** decoded path from `/v3/` or `/v1/` on (the whole decoded path if neither occurs) */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

interface StoredMessage {
  activity: Record<string, unknown>;
  deleted: boolean;
}
interface Waiter {
  predicate: (a: RecordedActivity) => boolean;
  resolve: (a: RecordedActivity) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

function summarize(a: RecordedActivity): string {
  const type = stringOf(a.activity.type) ?? "?";
  const text = stringOf(a.activity.text);
  const cards = adaptiveCardsOf(a.activity).length;
  return (
    `${a.operation} ${a.activityId} in ` +
    `${a.conversationId}: ${type}${text ? ` "${text.slice(0, 60)}"` : ""}${cards ? ` [${cards} card(s)]` : ""}`
  );
}

export class ConnectorStandIn {
  /** Every stand-in not yet closed: the suite's root hook asks each for refusals no test provoked. */
  static readonly open = new Set<ConnectorStandIn>();

  private readonly log: RecordedActivity[] = [];
  private readonly conversations = new Map<string, Map<string, StoredMessage>>();
  /** `${conversationId}\n${activityId}` of every id handed out; survives reset() so old messages can still be updated */
  private readonly issued = new Set<string>();
  private readonly rest: RestRequest[] = [];
  private readonly unexpected: Array<{ method: string; path: string }> = [];
  private readonly refusedOperations: RefusedOperation[] = [];
  /** Refusals since the last `takeUnexpectedRefusals` (kept through reset), unless the test said it provokes them. */
  private refusalsToReport: RefusedOperation[] = [];
  private provoking = false;
  private sharedByProcesses = false;
  private stormUntil = 0;
  /** Message operations per conversation, and every request of the app, as Teams counts them for its rate limits. */
  private readonly conversationRates = new Map<string, RateLimiter>();
  private readonly appRate = new RateLimiter(APP_RATE_LIMITS);
  private readonly members = new Map<string, TeamsMember[]>();
  private readonly meetings = new Map<string, Record<string, unknown>>();
  private readonly participants = new Map<string, Map<string, Record<string, unknown>>>();
  private failures: Array<{ pattern: RegExp; status: number }> = [];
  private holds: RegExp[] = [];
  private readonly held: Array<{ method: string; path: string }> = [];
  private readonly waiters = new Set<Waiter>();
  private lastId = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly tenantId: string,
  ) {}

  static async start(options: { tenantId?: string } = {}): Promise<ConnectorStandIn> {
    const tenantId = options.tenantId ?? DEFAULT_TENANT_ID;
    let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
    const server = http.createServer((req, res) => handler?.(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("stand-in: could not determine port");
    const standIn = new ConnectorStandIn(server, `http://127.0.0.1:${address.port}/emea/${tenantId}/`, tenantId);
    handler = (req, res) => void standIn.handle(req, res);
    ConnectorStandIn.open.add(standIn);
    return standIn;
  }

  recorded(conversationId?: string): RecordedActivity[] {
    return this.log.filter((a) => conversationId === undefined || a.conversationId === conversationId);
  }

  messages(conversationId: string): Array<{ activityId: string; activity: Record<string, unknown> }> {
    const stored = this.conversations.get(conversationId) ?? new Map<string, StoredMessage>();
    return [...stored].filter(([, m]) => !m.deleted).map(([activityId, m]) => ({ activityId, activity: m.activity }));
  }

  waitFor(predicate: (a: RecordedActivity) => boolean, timeoutMs = 5000): Promise<RecordedActivity> {
    return new Promise<RecordedActivity>((resolve, reject) => {
      const existing = this.log.find(predicate);
      if (existing) return resolve(existing);
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const seen = this.log.map((a) => `  - ${summarize(a)}`).join("\n");
          reject(
            new Error(
              `waitFor: no matching activity within ${timeoutMs} ms; ${this.log.length} recorded so far${seen ? `:\n${seen}` : ""}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Every request the stand-in received (activity calls included), in order. */
  restRequests(): RestRequest[] {
    return [...this.rest];
  }
  /** Requests no route answered, plus PUT/DELETE of activity ids the stand-in never handed out (both got 404). */
  unexpectedRequests(): Array<{ method: string; path: string }> {
    return [...this.unexpected];
  }

  setMembers(conversationId: string, members: TeamsMember[]): void {
    this.members.set(
      conversationId,
      members.map((m) => ({ ...m })),
    );
  }
  setMeeting(meetingId: string, body: Record<string, unknown>): void {
    this.meetings.set(meetingId, body);
  }
  setParticipant(meetingId: string, participantId: string, body: Record<string, unknown>): void {
    const forMeeting = this.participants.get(meetingId) ?? new Map<string, Record<string, unknown>>();
    forMeeting.set(participantId, body);
    this.participants.set(meetingId, forMeeting);
  }

  /** Every request whose (decoded, routed) path matches answers `status` with the error shape, until clearFailures(). */
  failRest(pathPattern: RegExp, status: number): void {
    this.failures.push({ pattern: new RegExp(pathPattern.source, pathPattern.flags.replace(/[gy]/g, "")), status });
  }
  /**
   * Requests matching `pathPattern` get no answer and change nothing (Teams never received them)
   * until `stopHolding`; held requests stay unanswered (their client may die meanwhile).
   */
  holdRest(pathPattern: RegExp): void {
    this.holds.push(pathPattern);
  }

  stopHolding(): void {
    this.holds = [];
  }

  /** The requests held so far. */
  heldRequests(): Array<{ method: string; path: string }> {
    return [...this.held];
  }

  clearFailures(): void {
    this.failures = [];
  }

  /**
   * Forgets recorded activities, current message state and REST/unexpected requests; keeps members, meetings,
   * participants and failures. Ids handed out before still accept updates and deletes.
   */
  reset(): void {
    this.log.length = 0;
    this.rest.length = 0;
    this.unexpected.length = 0;
    this.refusedOperations.length = 0;
    this.conversations.clear();
  }

  async close(): Promise<void> {
    ConnectorStandIn.open.delete(this);
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(new Error("stand-in closed while waiting"));
    }
    this.waiters.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let reply: Reply;
    try {
      reply = await this.route(req);
    } catch (err) {
      reply = errorReply(500, `stand-in failure: ${String(err)}`);
    }
    const headers = reply.retryAfterSeconds === undefined ? {} : { "retry-after": String(reply.retryAfterSeconds) };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
    } else {
      res.writeHead(reply.status, { ...headers, "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(reply.body));
    }
  }

  private async route(req: http.IncomingMessage): Promise<Reply> {
    const method = (req.method ?? "GET").toUpperCase();
    const parsed = new URL(req.url ?? "/", "http://127.0.0.1");
    const versioned = /\/v[13]\//.exec(parsed.pathname);
    const routed = versioned ? parsed.pathname.slice(versioned.index) : parsed.pathname;
    let segments: string[];
    try {
      segments = routed
        .split("/")
        .filter((s) => s !== "")
        .map((s) => decodeURIComponent(s));
    } catch {
      return errorReply(400, `malformed URL encoding in ${routed}`);
    }
    const path = `/${segments.join("/")}`;
    const query = Object.fromEntries(parsed.searchParams);
    this.rest.push({ method, path, query, headers: { ...req.headers } });

    const body = await readBody(req);
    if (body === null) return errorReply(413, `body larger than ${MAX_BODY_BYTES} bytes`);
    if (this.holds.some((pattern) => pattern.test(path))) {
      this.held.push({ method, path });
      return new Promise<Reply>(() => undefined);
    }
    const failure = this.failures.find((f) => f.pattern.test(path));
    if (failure) return errorReply(failure.status, `stand-in: failRest(${String(failure.pattern)}) for ${method} ${path}`);

    const [version, collection, id, sub, subId, ...rest] = segments;
    const messageOperation =
      version === "v3" && collection === "conversations" && id !== undefined && sub === "activities" && rest.length === 0
        ? operationOf(method, subId)
        : undefined;
    const throttled = this.throttle(messageOperation && id !== undefined ? { conversationId: id, operation: messageOperation } : undefined);
    if (throttled) return throttled;
    if (version === "v3" && collection === "conversations" && id !== undefined && rest.length === 0) {
      if (sub === "activities") {
        if (method === "POST") return this.receive(id, subId, body);
        if (subId !== undefined && method === "PUT") return this.update(id, subId, body, method, path);
        if (subId !== undefined && method === "DELETE") return this.remove(id, subId, method, path);
      }
      if (method === "GET" && sub === "members" && subId === undefined) return { status: 200, body: this.members.get(id) ?? [] };
      if (method === "GET" && sub === "pagedmembers" && subId === undefined)
        return { status: 200, body: { members: this.members.get(id) ?? [] } };
      if (method === "GET" && sub === "members" && subId !== undefined) {
        const member = (this.members.get(id) ?? []).find((m) => m.id === subId || m.aadObjectId === subId || m.objectId === subId);
        return member
          ? { status: 200, body: member }
          : errorReply(404, `The member ${subId} was not found in conversation ${id}`, "MemberNotFoundInConversation");
      }
    }
    if (version === "v1" && collection === "meetings" && id !== undefined && method === "GET" && rest.length === 0) {
      if (sub === undefined) {
        const meeting = this.meetings.get(id);
        return meeting ? { status: 200, body: meeting } : errorReply(404, `Meeting ${id} not found`);
      }
      if (sub === "participants" && subId !== undefined) {
        if (!query.tenantId) return errorReply(400, "tenantId query parameter is required");
        const participant = this.findParticipant(id, subId);
        return participant ? { status: 200, body: participant } : errorReply(404, `Participant ${subId} not found in meeting ${id}`);
      }
    }
    this.unexpected.push({ method, path });
    return errorReply(404, `stand-in: no route for ${method} ${path}`);
  }

  /** Exact participant id first, then any configured participant whose user.id / aadObjectId / objectId matches. */
  private findParticipant(meetingId: string, participantId: string): Record<string, unknown> | undefined {
    const forMeeting = this.participants.get(meetingId);
    if (!forMeeting) return undefined;
    const exact = forMeeting.get(participantId);
    if (exact) return exact;
    for (const body of forMeeting.values()) {
      const user = isRecord(body.user) ? body.user : {};
      if ([user.id, user.aadObjectId, user.objectId].includes(participantId)) return body;
    }
    return undefined;
  }

  /** What the stand-in refused as Teams would, since the last reset. */
  refused(): RefusedOperation[] {
    return [...this.refusedOperations];
  }

  /** The most message operations this stand-in accepted in `conversationId` within any `windowMs` (as Teams counts them). */
  busiest(conversationId: string, windowMs = 1000): number {
    const times = this.recorded(conversationId).map((a) => a.at);
    let most = 0;
    for (let first = 0, last = 0; last < times.length; last++) {
      while ((times[last] ?? 0) - (times[first] ?? 0) >= windowMs) first++;
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** The current test provokes refusals on purpose: the suite's "nothing refused" check leaves it alone. */
  provokesRefusals(): void {
    this.provoking = true;
  }

  /** For the suite's root hook after each test: refusals since the last call that the test did not provoke. */
  takeUnexpectedRefusals(): RefusedOperation[] {
    const reported = this.sharedByProcesses ? this.refusalsToReport.filter((r) => r.status !== 429) : this.refusalsToReport;
    const unexpected = this.provoking ? [] : reported;
    this.refusalsToReport = [];
    this.provoking = false;
    return unexpected;
  }

  /**
   * Several bot processes write to the same chats (two instances, or one restarted within Teams' 30-second
   * window): each counts only its own calls, so a 429 is how they learn of the others, and they retry it.
   * From now on the suite's check lets 429s pass for this stand-in; any other refusal still fails the test.
   */
  sharedBetweenProcesses(): void {
    this.sharedByProcesses = true;
  }

  /** A 429 storm: every message operation is refused with 429 for `ms` (Retry-After says when it ends). */
  throttleMessagesFor(ms: number): void {
    this.provoking = true;
    this.stormUntil = Date.now() + ms;
  }

  private refuse(refusal: RefusedOperation, reply: Reply): Reply {
    this.refusedOperations.push(refusal);
    this.refusalsToReport.push(refusal);
    return reply;
  }

  /** Teams' rate limits (src/shared/teams-limits.ts): 429 with Retry-After beyond any of them. */
  private throttle(message: { conversationId: string; operation: RefusedOperation["operation"] } | undefined): Reply | undefined {
    const now = Date.now();
    const conversationId = message?.conversationId ?? "";
    const operation = message?.operation ?? "rest";
    const tooMany = (waitMs: number, detail: string): Reply =>
      this.refuse(
        { conversationId, operation, status: 429, code: "TooManyRequests", detail },
        { ...errorReply(429, `Too many requests: ${detail}`), retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) },
      );
    if (message && now < this.stormUntil) return tooMany(this.stormUntil - now, "the test's 429 storm");
    const appWait = this.appRate.waitMs(now);
    if (appWait > 0) return tooMany(appWait, "over the app's requests per second");
    if (message) {
      let rate = this.conversationRates.get(message.conversationId);
      if (!rate) {
        rate = new RateLimiter(conversationRateLimits(message.conversationId));
        this.conversationRates.set(message.conversationId, rate);
      }
      const wait = rate.waitMs(now);
      if (wait > 0) return tooMany(wait, "over the conversation's message rate");
      rate.count(now);
    }
    this.appRate.count(now);
    return undefined;
  }

  /** What Teams refuses in a message's content: too big (413), refreshed for over 60 users or mentioning a stranger (400). */
  private invalidMessage(
    conversationId: string,
    operation: RefusedOperation["operation"],
    body: string,
    activity: Record<string, unknown>,
  ) {
    return this.tooBig(conversationId, operation, body) ?? this.badContent(conversationId, operation, activity);
  }

  private badContent(
    conversationId: string,
    operation: RefusedOperation["operation"],
    activity: Record<string, unknown>,
  ): Reply | undefined {
    const bad = (detail: string): Reply =>
      this.refuse({ conversationId, operation, status: 400, code: "BadArgument", detail }, errorReply(400, detail, "BadArgument"));
    for (const card of adaptiveCardsOf(activity)) {
      const refresh = isRecord(card.refresh) ? card.refresh : undefined;
      if (Array.isArray(refresh?.userIds) && refresh.userIds.length > REFRESH_USER_IDS_MAX)
        return bad(`refresh.userIds names ${refresh.userIds.length} users; at most ${REFRESH_USER_IDS_MAX}`);
    }
    const members = this.members.get(conversationId);
    if (!members || !Array.isArray(activity.entities)) return undefined;
    for (const entity of activity.entities) {
      if (!isRecord(entity) || entity.type !== "mention" || !isRecord(entity.mentioned)) continue;
      const id = stringOf(entity.mentioned.id);
      if (!members.some((m) => m.id === id)) return bad(`mentioned ${id ?? "(no id)"} is not a member of this conversation`);
    }
    return undefined;
  }

  /**
   * Teams refuses a bot message over about 100 KB counted as UTF-16 over the whole activity, with 413
   * MessageSizeTooBig ("Format your bot messages"; the number in src/shared/teams-limits.ts).
   */
  private tooBig(conversationId: string, operation: RefusedOperation["operation"], body: string): Reply | undefined {
    const utf16Bytes = body.length * 2;
    if (utf16Bytes <= MESSAGE_LIMIT_UTF16_BYTES) return undefined;
    const start = /"text":"([^"]{0,80})/.exec(body)?.[1];
    const detail =
      `The message is ${utf16Bytes} bytes as UTF-16; Teams takes about ${MESSAGE_LIMIT_UTF16_BYTES}` + (start ? ` (text: ${start}…)` : "");
    return this.refuse(
      { conversationId, operation, status: 413, code: "MessageSizeTooBig", detail },
      errorReply(413, detail, "MessageSizeTooBig"),
    );
  }

  private receive(conversationId: string, replyToId: string | undefined, body: string): Reply {
    const activity = parseActivity(body);
    if (!activity) return errorReply(400, "body is not a JSON object");
    const refused = this.invalidMessage(conversationId, replyToId === undefined ? "send" : "reply", body, activity);
    if (refused) return refused;
    const activityId = this.nextId();
    this.issued.add(`${conversationId}\n${activityId}`);
    this.store(conversationId, activityId, activity, false);
    this.record({
      conversationId,
      operation: replyToId === undefined ? "send" : "reply",
      activityId,
      ...(replyToId === undefined ? {} : { replyToId }),
      activity,
      at: Date.now(),
    });
    return { status: 201, body: { id: activityId } };
  }

  private update(conversationId: string, activityId: string, body: string, method: string, path: string): Reply {
    const activity = parseActivity(body);
    if (!activity) return errorReply(400, "body is not a JSON object");
    if (!this.issued.has(`${conversationId}\n${activityId}`)) return this.unknownActivity(method, path, activityId);
    const refused = this.invalidMessage(conversationId, "update", body, activity);
    if (refused) return refused;
    this.store(conversationId, activityId, activity, false);
    this.record({ conversationId, operation: "update", activityId, activity, at: Date.now() });
    return { status: 200, body: { id: activityId } };
  }

  private remove(conversationId: string, activityId: string, method: string, path: string): Reply {
    if (!this.issued.has(`${conversationId}\n${activityId}`)) return this.unknownActivity(method, path, activityId);
    const existing = this.conversations.get(conversationId)?.get(activityId);
    this.store(conversationId, activityId, existing?.activity ?? {}, true);
    this.record({ conversationId, operation: "delete", activityId, activity: {}, at: Date.now() });
    return { status: 200 };
  }

  private unknownActivity(method: string, path: string, activityId: string): Reply {
    this.unexpected.push({ method, path });
    return errorReply(404, `Activity ${activityId} not found in this conversation`);
  }

  private store(conversationId: string, activityId: string, activity: Record<string, unknown>, deleted: boolean): void {
    const stored = this.conversations.get(conversationId) ?? new Map<string, StoredMessage>();
    stored.set(activityId, { activity, deleted });
    this.conversations.set(conversationId, stored);
  }

  private record(entry: RecordedActivity): void {
    this.log.push(entry);
    for (const waiter of [...this.waiters]) {
      let matched: boolean;
      try {
        matched = waiter.predicate(entry);
      } catch (err) {
        matched = false;
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.reject(err instanceof Error ? err : new Error(String(err)));
      }
      if (matched) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(entry);
      }
    }
  }

  /** Teams-like numeric message ids (epoch milliseconds), strictly increasing. */
  private nextId(): string {
    this.lastId = Math.max(Date.now(), this.lastId + 1);
    return String(this.lastId);
  }
}

function operationOf(method: string, activityId: string | undefined): RefusedOperation["operation"] | undefined {
  if (method === "POST") return activityId === undefined ? "send" : "reply";
  if (method === "PUT" && activityId !== undefined) return "update";
  if (method === "DELETE" && activityId !== undefined) return "delete";
  return undefined;
}
