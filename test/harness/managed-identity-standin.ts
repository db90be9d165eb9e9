/**
 * A stand-in for App Service's managed identity endpoint (what IDENTITY_ENDPOINT and IDENTITY_HEADER point
 * at in Azure). A bot with MicrosoftAppType=UserAssignedMSI gets the token for its calls to the Bot
 * Connector here, so the test can check that its replies are signed — without Entra ID.
 */
import { randomBytes } from "node:crypto";
import type http from "node:http";
import { listenOnLoopback, type LoopbackHttp } from "./loopback-http";

export interface TokenRequest {
  resource?: string;
  clientId?: string;
  headerMatched: boolean;
}

export class ManagedIdentityStandIn {
  /** The secret App Service shares with the process (IDENTITY_HEADER). */
  readonly identityHeader = randomBytes(16).toString("hex");
  /** The access token handed out; the bot must present it to the Bot Connector. */
  readonly accessToken = `mi-${randomBytes(24).toString("base64url")}`;
  readonly requests: TokenRequest[] = [];

  private constructor(private readonly http: LoopbackHttp) {}

  get endpoint(): string {
    return `${this.http.baseUrl}/msi/token`;
  }

  static async start(): Promise<ManagedIdentityStandIn> {
    const standIn: ManagedIdentityStandIn = new ManagedIdentityStandIn(await listenOnLoopback((req, res) => standIn.handle(req, res)));
    return standIn;
  }

  /** The environment App Service gives the process. */
  get env(): Record<string, string> {
    return { IDENTITY_ENDPOINT: this.endpoint, IDENTITY_HEADER: this.identityHeader };
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.endpoint);
    const request: TokenRequest = {
      resource: url.searchParams.get("resource") ?? undefined,
      clientId: url.searchParams.get("client_id") ?? undefined,
      headerMatched: req.headers["x-identity-header"] === this.identityHeader,
    };
    this.requests.push(request);
    if (!request.headerMatched) {
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "wrong X-IDENTITY-HEADER" }));
      return;
    }
    const expiresOn = Math.floor(Date.now() / 1000) + 3600;
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        access_token: this.accessToken,
        expires_on: String(expiresOn),
        resource: request.resource,
        token_type: "Bearer",
        client_id: request.clientId,
      }),
    );
  }
}
