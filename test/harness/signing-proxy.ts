/**
 * Sits between a test and a bot that checks tokens, as the Bot Connector does: every activity posted to
 * `url` goes on to the bot with a freshly signed `Authorization: Bearer …` for its serviceUrl. Lets the
 * helpers that post without a token (replayScenario, MeetingFlow) drive an authenticated bot.
 */
import { readBody } from "../../scripts/replay/http-util";
import { listenOnLoopback, type LoopbackHttp } from "./loopback-http";
import type { OpenIdStandIn } from "./openid-standin";

export class SigningProxy {
  /** Every token the proxy signed (to look for in the bot's logs). */
  readonly tokens: string[] = [];
  /** How many activities it forwarded. */
  forwarded = 0;

  private constructor(private readonly http: LoopbackHttp) {}

  get url(): string {
    return this.http.baseUrl;
  }

  static async start(o: { botUrl: string; openId: OpenIdStandIn; appId: string }): Promise<SigningProxy> {
    const proxy: SigningProxy = new SigningProxy(
      await listenOnLoopback((req, res) => {
        void (async () => {
          const body = (await readBody(req)) ?? "";
          const serviceUrl = (JSON.parse(body) as { serviceUrl?: string }).serviceUrl ?? "";
          const token = o.openId.channelToken({ audience: o.appId, serviceUrl });
          proxy?.tokens.push(token);
          const answer = await fetch(`${o.botUrl}${req.url ?? "/"}`, {
            method: req.method ?? "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body,
          });
          if (proxy) proxy.forwarded++;
          const text = await answer.text();
          res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(text);
        })().catch((error: unknown) => res.writeHead(502).end(String(error)));
      }),
    );
    return proxy;
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
