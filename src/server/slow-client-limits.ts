import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** How long a client may take: to send a request's headers, the whole request, and to idle between kept-alive requests. */
export const SLOW_CLIENT_LIMITS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 } as const;

type Limits = { readonly headersMs: number; readonly requestMs: number; readonly keepAliveMs: number };

const REQUEST_TIMEOUT_ANSWER =
  "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n";

/**
 * A client that sends its request a byte at a time must not hold a socket for minutes (Node's
 * default request timeout is 300 s). Node enforces `headersTimeout` and `requestTimeout` only
 * every 30 s (its connection-checking interval, fixed when restify creates the server), so a
 * request can last up to twice its limit. Each socket therefore gets deadlines of its own, exact
 * to the second: its first request's headers within `headersMs` of connecting; every request
 * whole (headers and body) within `requestMs` of its start; a kept-alive socket's next request
 * within `keepAliveMs + headersMs` of the last answer (Node closes it idle after `keepAliveMs`;
 * this cuts one that started a request and trickles its headers).
 */
export function limitSlowClients(server: Server, limits: Limits = SLOW_CLIENT_LIMITS): void {
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  // Node keeps an idle socket open `keepAliveTimeout` plus `keepAliveTimeoutBuffer` (1 s in Node 24),
  // so that a client told `Keep-Alive: timeout=…` never sends into a closing socket: clients are told
  // the shorter time, and the socket closes at `keepAliveMs`.
  const buffer = (server as Server & { keepAliveTimeoutBuffer?: number }).keepAliveTimeoutBuffer ?? 0;
  server.keepAliveTimeout = Math.max(1_000, limits.keepAliveMs - buffer);
  const deadlines = new WeakMap<Socket, SocketDeadlines>();
  server.on("connection", (socket: Socket) => {
    const socketDeadlines = new SocketDeadlines(socket, limits);
    deadlines.set(socket, socketDeadlines);
    socket.once("close", () => socketDeadlines.clear());
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    deadlines.get(req.socket)?.requestArrived(req, res);
  });
}

class SocketDeadlines {
  private timer: NodeJS.Timeout | undefined;
  private requestStarted = Date.now();

  constructor(
    private readonly socket: Socket,
    private readonly limits: Limits,
  ) {
    this.cutAfter(limits.headersMs, () => socket.destroy());
  }

  /** The request's headers are in: the rest of it must follow within what is left of `requestMs`. */
  requestArrived(req: IncomingMessage, res: ServerResponse): void {
    let received = req.complete;
    let answered = false;
    const remaining = this.limits.requestMs - (Date.now() - this.requestStarted);
    if (received) this.clear();
    else this.cutAfter(remaining, () => this.timeOut(req, res));
    const awaitNextRequest = () => {
      this.requestStarted = Date.now();
      this.cutAfter(this.limits.keepAliveMs + this.limits.headersMs, () => this.socket.destroy());
    };
    req.once("end", () => {
      received = true;
      if (answered) awaitNextRequest();
      else this.clear();
    });
    res.once("finish", () => {
      answered = true;
      if (received) awaitNextRequest();
    });
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private cutAfter(ms: number, cut: () => void): void {
    this.clear();
    this.timer = setTimeout(cut, Math.max(0, ms));
    this.timer.unref();
  }

  private timeOut(req: IncomingMessage, res: ServerResponse): void {
    // A request the client sent whole (a GET nobody read) is the server's to answer, however long it takes.
    if (req.complete) return;
    if (res.headersSent || this.socket.destroyed) this.socket.destroy();
    else this.socket.end(REQUEST_TIMEOUT_ANSWER);
  }
}
