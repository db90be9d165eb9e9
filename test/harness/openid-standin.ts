/**
 * A stand-in for the Bot Framework's token signing: it publishes an OpenID configuration and a JWKS
 * (as https://login.botframework.com/v1/.well-known/openidconfiguration does) on loopback, and signs
 * tokens the way the Bot Connector signs the requests it sends to a bot. Point the bot at it with
 * BOT_OPENID_METADATA_URL = `metadataUrl`. It stands in for Entra ID too (`entraMetadataUrl`, as
 * https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration): `userToken`
 * signs the token Teams' single sign-on hands a page (`getAuthToken`), with the chosen defects.
 */
import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import type http from "node:http";
import jwt from "jsonwebtoken";
import { listenOnLoopback, type LoopbackHttp } from "./loopback-http";

/** What the Bot Connector puts in its tokens (public cloud). */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface ChannelTokenOptions {
  /** The bot's app id (the token's `aud`). */
  audience: string;
  /** The activity's serviceUrl (the token's `serviceurl` claim). */
  serviceUrl: string;
  issuer?: string;
  /** Seconds from now; negative for a token that has expired. Default one hour. */
  expiresInSeconds?: number;
  /** "published": the key in the JWKS (default). "unknown": a key whose kid the JWKS does not list.
   * "impostor": a different key that claims the published key's kid. */
  signer?: "published" | "unknown" | "impostor";
}

export interface UserTokenOptions {
  /** The app's client id or app-ID URI (the token's `aud`). */
  audience: string;
  /** The user's Entra object id and tenant. */
  oid: string;
  tid: string;
  name?: string;
  /** Default: Entra's v2 issuer for the tenant. */
  issuer?: string;
  expiresInSeconds?: number;
  signer?: "published" | "unknown" | "impostor" | "none";
}

function newKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export class OpenIdStandIn {
  private readonly published = newKey();
  private readonly unknown = newKey();
  private readonly impostor = newKey(this.published.kid);
  /** How many times the bot fetched the JWKS. */
  keyFetches = 0;

  private constructor(private readonly http: LoopbackHttp) {}

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** The published public key (PEM): anyone can fetch it, so an attacker knows it too. */
  get publicKeyPem(): string {
    return this.published.publicKey.export({ format: "pem", type: "spki" }).toString();
  }

  get metadataUrl(): string {
    return `${this.baseUrl}/v1/.well-known/openidconfiguration`;
  }

  static async start(): Promise<OpenIdStandIn> {
    const standIn: OpenIdStandIn = new OpenIdStandIn(await listenOnLoopback((req, res) => standIn.handle(req, res)));
    return standIn;
  }

  /** A token as the Bot Connector sends it in `Authorization: Bearer …`, with the chosen defects. */
  channelToken(o: ChannelTokenOptions): string {
    const key = o.signer === "unknown" ? this.unknown : o.signer === "impostor" ? this.impostor : this.published;
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = o.expiresInSeconds ?? 3600;
    return jwt.sign(
      {
        serviceurl: o.serviceUrl,
        nbf: Math.min(now, now + expiresIn) - 300,
        exp: now + expiresIn,
        iss: o.issuer ?? BOT_FRAMEWORK_ISSUER,
        aud: o.audience,
      },
      key.privateKey,
      { algorithm: "RS256", keyid: key.kid, noTimestamp: true },
    );
  }

  get entraMetadataUrl(): string {
    return `${this.baseUrl}/common/v2.0/.well-known/openid-configuration`;
  }

  /** A Teams single sign-on token (Entra v2 access token for the app), with the chosen defects. */
  userToken(o: UserTokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = o.expiresInSeconds ?? 3600;
    const claims = {
      aud: o.audience,
      iss: o.issuer ?? `https://login.microsoftonline.com/${o.tid}/v2.0`,
      iat: now - 60,
      nbf: Math.min(now, now + expiresIn) - 300,
      exp: now + expiresIn,
      oid: o.oid,
      tid: o.tid,
      ver: "2.0",
      ...(o.name ? { name: o.name } : {}),
    };
    if (o.signer === "none") {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
      return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
    }
    const key = o.signer === "unknown" ? this.unknown : o.signer === "impostor" ? this.impostor : this.published;
    return jwt.sign(claims, key.privateKey, { algorithm: "RS256", keyid: key.kid, noTimestamp: true });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? "/", this.baseUrl).pathname;
    if (req.method === "GET" && path === "/v1/.well-known/openidconfiguration") {
      return json(res, {
        issuer: BOT_FRAMEWORK_ISSUER,
        authorization_endpoint: "https://invalid.botframework.com",
        jwks_uri: `${this.baseUrl}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      });
    }
    if (req.method === "GET" && path === "/common/v2.0/.well-known/openid-configuration") {
      return json(res, {
        issuer: "https://login.microsoftonline.com/{tenantid}/v2.0",
        jwks_uri: `${this.baseUrl}/common/discovery/v2.0/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (req.method === "GET" && path === "/common/discovery/v2.0/keys") {
      this.keyFetches++;
      const jwk = this.published.publicKey.export({ format: "jwk" });
      return json(res, { keys: [{ kty: "RSA", use: "sig", kid: this.published.kid, n: jwk.n, e: jwk.e }] });
    }
    if (req.method === "GET" && path === "/v1/.well-known/keys") {
      this.keyFetches++;
      const jwk = this.published.publicKey.export({ format: "jwk" });
      // Bot Framework keys carry the channels they may sign for; botbuilder checks the activity's channelId against them.
      return json(res, { keys: [{ kty: "RSA", use: "sig", kid: this.published.kid, n: jwk.n, e: jwk.e, endorsements: ["msteams"] }] });
    }
    res.writeHead(404).end();
  }
}

function json(res: http.ServerResponse, body: unknown): void {
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}
