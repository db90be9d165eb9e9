import type { Server } from "node:http";
import type { Socket } from "node:net";

/** How long a client may take: to send a request's headers, the whole request, and to idle between kept-alive requests. */
export const SLOW_CLIENT_LIMITS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 } as const;

/**
 * A client that sends its request a byte at a time must not hold a socket for minutes (Node's
 * default request timeout is 300 s). Node enforces `headersTimeout` and `requestTimeout` only
 * every 30 s (its connection-checking interval, fixed when restify creates the server), so a
 * connection's first headers also get a deadline of their own, exact to the second.
 */
export function limitSlowClients(server: Server, limits = SLOW_CLIENT_LIMITS): void {
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  server.keepAliveTimeout = limits.keepAliveMs;
  const waiting = new WeakMap<Socket, NodeJS.Timeout>();
  server.on("connection", (socket: Socket) => {
    const timer = setTimeout(() => socket.destroy(), limits.headersMs);
    timer.unref();
    waiting.set(socket, timer);
    socket.once("close", () => clearTimeout(timer));
  });
  server.on("request", (req: { socket: Socket }) => {
    clearTimeout(waiting.get(req.socket));
    waiting.delete(req.socket);
  });
}
