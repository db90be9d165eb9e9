import type { IncomingMessage, ServerResponse } from "node:http";

/** One request the injector answered with 429, and when. */
export interface ThrottledRequest {
  method: string;
  path: string;
  at: number;
}

/**
 * Test hook of the embedded server (only `startEmbeddedCosmos` callers that pass one have it;
 * the bot's configuration never does): answers the next requests with 429 and
 * `x-ms-retry-after-ms`, as a throttled Cosmos DB account does.
 */
export class ThrottleInjector {
  private remaining = 0;
  private retryAfterMs = 0;
  private readonly log: ThrottledRequest[] = [];
  /** Every request that reached the server, throttled or not. */
  private readonly arrivals: ThrottledRequest[] = [];

  /** The next `count` requests answer 429 with `x-ms-retry-after-ms: retryAfterMs`. */
  throttleNext(count: number, retryAfterMs: number): void {
    this.remaining = count;
    this.retryAfterMs = retryAfterMs;
  }

  /** Stops throttling; requests still owed a 429 are answered normally. */
  clear(): void {
    this.remaining = 0;
  }

  /** The requests answered with 429 so far. */
  throttled(): ThrottledRequest[] {
    return [...this.log];
  }

  /** When the next request for the same method and path as `request` arrived (its retry), if any. */
  retryOf(request: ThrottledRequest): number | undefined {
    return this.arrivals.find((a) => a.at > request.at && a.method === request.method && a.path === request.path)?.at;
  }

  /** When the last request arrived (0 before any). */
  lastArrival(): number {
    return this.arrivals[this.arrivals.length - 1]?.at ?? 0;
  }

  /** Answers `req` with 429 and returns true while throttling; otherwise leaves it alone. */
  intercept(req: IncomingMessage, res: ServerResponse): boolean {
    const arrival = { method: req.method ?? "", path: (req.url ?? "").split("?")[0] ?? "", at: Date.now() };
    this.arrivals.push(arrival);
    if (this.remaining <= 0) return false;
    this.remaining -= 1;
    this.log.push(arrival);
    req.resume();
    res.writeHead(429, {
      "content-type": "application/json",
      "x-ms-retry-after-ms": String(this.retryAfterMs),
      "x-ms-substatus": "3200",
    });
    res.end(JSON.stringify({ code: "TooManyRequests", message: "Request rate is large (injected by the test)" }));
    return true;
  }
}
