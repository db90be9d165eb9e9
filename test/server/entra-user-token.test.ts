/**
 * The token Teams' single sign-on hands a page inside Teams, checked as Entra issues it: against an
 * Entra stand-in that publishes its keys the way Entra does and signs tokens with chosen defects.
 */
import assert from "node:assert/strict";
import { entraUserAuthenticator } from "../../src/server/entra-user-token";
import { OpenIdStandIn, type UserTokenOptions } from "../harness/openid-standin";

const CLIENT_ID = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const APP_ID_URI = `api://motebot.example.no/botid-${CLIENT_ID}`;
const TENANT = "167c22a9-1b2e-439c-ad74-cc77e9e118d8";
const OTHER_TENANT = "0b5c7a3e-2f4d-4e6a-9c1b-8d7e6f5a4b3c";
const USER = "9a1d4e7b-2c3f-4b8a-a6d5-e07c91b2f384";

describe("Teams single sign-on tokens (Entra), as the panel's API checks them", () => {
  let entra: OpenIdStandIn;
  let verify: ReturnType<typeof entraUserAuthenticator>;
  const token = (defects: Partial<UserTokenOptions> = {}) =>
    `Bearer ${entra.userToken({ audience: CLIENT_ID, oid: USER, tid: TENANT, name: "Kari Nordmann", ...defects })}`;

  before(async () => {
    entra = await OpenIdStandIn.start();
    verify = entraUserAuthenticator({
      audiences: [CLIENT_ID, APP_ID_URI],
      allowedTenants: [TENANT],
      openIdMetadataUrl: entra.entraMetadataUrl,
    });
  });
  after(() => entra?.close());

  it("a valid token, for the client id or the app-ID URI, names the user and their tenant", async () => {
    assert.deepEqual(await verify(token()), { ok: true, user: { aadObjectId: USER, tenantId: TENANT, name: "Kari Nordmann" } });
    assert.equal((await verify(token({ audience: APP_ID_URI }))).ok, true);
    assert.equal((await verify(token({ issuer: `https://sts.windows.net/${TENANT}/` }))).ok, true, "a v1 token");
  });

  it("refuses a missing, expired, unsigned or foreign-signed token, and one for another app or tenant", async () => {
    // Each for its own reason: a test in which every token failed for one shared mistake would prove nothing.
    const refused: Array<[string, string | undefined, string]> = [
      ["missing", undefined, "no bearer token"],
      ["not a bearer token", "Basic a2FyaTpoZW1tZWxpZw==", "no bearer token"],
      ["expired", token({ expiresInSeconds: -3600 }), "ERR_JWT_EXPIRED"],
      ["for another app", token({ audience: "api://annen-app.example/0000" }), "ERR_JWT_CLAIM_VALIDATION_FAILED"],
      ["of a tenant not allowed", token({ tid: OTHER_TENANT }), "tenant not allowed"],
      ["issued by someone else", token({ issuer: "https://evil.example/v2.0" }), "the token's issuer is not Entra for its tenant"],
      [
        "issuer of another tenant",
        token({ issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
        "the token's issuer is not Entra for its tenant",
      ],
      ["unsigned (alg none)", token({ signer: "none" }), "ERR_JOSE_ALG_NOT_ALLOWED"],
      ["signed by a key Entra does not publish", token({ signer: "unknown" }), "ERR_JWKS_NO_MATCHING_KEY"],
      ["signed by another key under Entra's key id", token({ signer: "impostor" }), "ERR_JWS_SIGNATURE_VERIFICATION_FAILED"],
      ["garbage", "Bearer abc.def.ghi", "ERR_JWS_INVALID"],
    ];
    for (const [what, authorization, reason] of refused) {
      assert.deepEqual(await verify(authorization), { ok: false, reason }, what);
    }
  });

  it("the keys are fetched once, not per request", async () => {
    const before = entra.keyFetches;
    for (let i = 0; i < 5; i++) assert.equal((await verify(token())).ok, true);
    assert.ok(entra.keyFetches - before <= 1, `${entra.keyFetches - before} fetches`);
  });
});
