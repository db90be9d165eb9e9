import type { JWTVerifyGetKey } from "jose";

/**
 * jose is loaded on the first panel request, not at start: a bot without the panel's sign-in never
 * loads it (14 MiB of resident memory, measured).
 */
const loadJose = () => import("jose");
import { z } from "zod";
import type { UserAuthenticator } from "./answer-route";

/** Entra's public cloud: the OpenID configuration whose `jwks_uri` lists the keys that sign its tokens. */
export const ENTRA_OPENID_METADATA_URL = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

export interface EntraUserTokenOptions {
  /**
   * What a token for this app carries as `aud`: the app's client id (v2 tokens) and its app-ID URI
   * (`api://<host>/botid-<client id>`, v1 tokens), as Teams' single sign-on asks Entra for them.
   */
  audiences: string[];
  /** ALLOWED_TENANTS (lower case); undefined = every tenant. */
  allowedTenants?: readonly string[];
  openIdMetadataUrl?: string;
}

/** Entra's tokens name the user and tenant by GUID; the rest is checked by `jwtVerify`. */
const claimsSchema = z.object({
  oid: z.string().uuid(),
  tid: z.string().uuid(),
  iss: z.string(),
  name: z.string().max(500).optional(),
});

const metadataSchema = z.object({ jwks_uri: z.string().url() });

/** Entra writes its v1 and v2 issuers per tenant; a token from any other issuer is not Entra's for that tenant. */
const issuersOf = (tenantId: string): string[] => [
  `https://login.microsoftonline.com/${tenantId}/v2.0`,
  `https://sts.windows.net/${tenantId}/`,
];

/** Clock skew tolerated between Entra and this server, as Microsoft's own validators allow. */
const CLOCK_TOLERANCE_SECONDS = 300;

/**
 * Verifies the token Teams' single sign-on hands a page (`Authorization: Bearer …`): signed (RS256)
 * by a key Entra publishes, for this app (audience), unexpired, issued by Entra for the tenant it
 * names, and that tenant allowed. The keys are fetched once and again when a token names a key
 * not seen yet (Entra rotates them), through `jose`.
 */
export function entraUserAuthenticator(options: EntraUserTokenOptions): UserAuthenticator {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const keySet = (): Promise<JWTVerifyGetKey> => {
    keys ??= signingKeys(options.openIdMetadataUrl ?? ENTRA_OPENID_METADATA_URL).catch((error: unknown) => {
      keys = undefined; // Entra unreachable: ask again on the next request
      throw error;
    });
    return keys;
  };
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) return { ok: false, reason: "no bearer token" };
    let payload: unknown;
    try {
      const { jwtVerify } = await loadJose();
      ({ payload } = await jwtVerify(token, await keySet(), {
        audience: options.audiences,
        algorithms: ["RS256"],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["exp", "iss", "aud"],
      }));
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "the token names no Entra user (oid, tid)" };
    const { oid, tid, iss, name } = claims.data;
    if (!issuersOf(tid).includes(iss)) return { ok: false, reason: "the token's issuer is not Entra for its tenant" };
    if (options.allowedTenants && !options.allowedTenants.includes(tid.toLowerCase())) return { ok: false, reason: "tenant not allowed" };
    return { ok: true, user: { aadObjectId: oid, tenantId: tid, ...(name ? { name } : {}) } };
  };
}

async function signingKeys(metadataUrl: string): Promise<JWTVerifyGetKey> {
  const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`Entra's OpenID configuration answered ${response.status}`);
  const { jwks_uri } = metadataSchema.parse(await response.json());
  const { createRemoteJWKSet } = await loadJose();
  return createRemoteJWKSet(new URL(jwks_uri));
}

/** jose names what failed (`ERR_JWT_EXPIRED`, `ERR_JWT_CLAIM_VALIDATION_FAILED`, …); the log says that, never the token. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "the signing keys could not be read";
}
