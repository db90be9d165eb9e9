import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { installed, meetingChat, people, type Chat } from "../../scripts/replay/activities";
import { postActivity, postRaw } from "../../scripts/replay/bot-client";
import { logLines, nonJsonLines, waitForLog, type LogLine } from "../harness/bot-log";
import { startBot, type BotProcess } from "../../scripts/replay/bot-process";
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { ManagedIdentityStandIn } from "../harness/managed-identity-standin";
import { OpenIdStandIn, type ChannelTokenOptions } from "../harness/openid-standin";
import { startTestStorage, type TestStorage } from "../../scripts/replay/test-storage";
import { ConfigError, loadConfig } from "../../src/config/load-config";

const APP_ID = "0b3c7a9e-7d52-4f8e-9a51-2f8a6d1c9e11";
const TENANT_ID = "167c22a9-1b2e-439c-ad74-cc77e9e118d8";
const APP_PASSWORD = "not-a-real-secret-8f1d";

interface Stands {
  storage: TestStorage;
  connector: ConnectorStandIn;
  openId: OpenIdStandIn;
}

async function startStands(): Promise<Stands> {
  return { storage: await startTestStorage(), connector: await ConnectorStandIn.start(), openId: await OpenIdStandIn.start() };
}

async function stopAll(bot: BotProcess | undefined, stands: Partial<Stands>): Promise<void> {
  await bot?.stop();
  await stands.openId?.close();
  await stands.connector?.close();
  await stands.storage?.close();
}

/** Every document the bot could have written for a chat it was added to. */
async function documentsOf(storage: TestStorage, chat: Chat): Promise<number> {
  let count = 0;
  for (const [container, key] of [
    ["conversations", "conversationId"],
    ["meetings", "meetingId"],
  ] as const) {
    const value = key === "meetingId" ? (chat.meetingId ?? "") : chat.conversationId;
    const { resources } = await storage
      .container(container)
      .items.query({ query: `SELECT VALUE COUNT(1) FROM c WHERE c.${key} = @v`, parameters: [{ name: "@v", value }] })
      .fetchAll();
    count += Number(resources[0] ?? 0);
  }
  return count;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("authentication: with MicrosoftAppId and a client secret, only the Bot Connector's signed requests are processed", function () {
  this.timeout(60_000);
  let stands: Stands;
  let bot: BotProcess;
  /** The bot being added to a new meeting chat: processed, it stores the chat and the meeting and posts a welcome. */
  const botAdded = () => {
    const chat = meetingChat();
    return { chat, activity: installed({ serviceUrl: stands.connector.url, chat, from: people.chair }) };
  };
  const token = (o: Partial<ChannelTokenOptions> = {}) =>
    stands.openId.channelToken({ audience: APP_ID, serviceUrl: stands.connector.url, ...o });

  before(async () => {
    stands = await startStands();
    bot = await startBot({
      ...stands.storage.env,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      BOT_OPENID_METADATA_URL: stands.openId.metadataUrl,
      ALLOWED_TENANTS: TENANT_ID,
    });
  });
  after(() => stopAll(bot, stands));

  const refusalCases: Array<[string, () => Record<string, string>]> = [
    ["no Authorization header", () => ({})],
    ["a malformed token", () => bearer("not.a.token")],
    ["a token under another scheme than Bearer", () => ({ authorization: `Basic ${token()}` })],
    ["a token signed by a key the metadata does not publish", () => bearer(token({ signer: "unknown" }))],
    ["a token signed by another key that claims the published key's id", () => bearer(token({ signer: "impostor" }))],
    ["a token for another bot (wrong audience)", () => bearer(token({ audience: "5d3e1a7c-0f2b-4c8d-9e6a-7b1c2d3e4f50" }))],
    ["an expired token", () => bearer(token({ expiresInSeconds: -600 }))],
    ["a token from another issuer", () => bearer(token({ issuer: "https://sts.example.com/" }))],
    ["a token issued for another serviceUrl", () => bearer(token({ serviceUrl: "https://smba.trafficmanager.net/evil/" }))],
    ["an unsigned token (alg none)", () => bearer(unsignedCopyOf(token()))],
    [
      "a token HMAC-signed with the published public key (algorithm confusion)",
      () => bearer(hmacCopyOf(token(), stands.openId.publicKeyPem)),
    ],
  ];

  for (const [what, headers] of refusalCases) {
    it(`${what} → 401, nothing stored, nothing sent`, async () => {
      const { chat, activity } = botAdded();
      const response = await postActivity(bot.url, activity, headers());
      assert.equal(response.status, 401, `${response.status} ${response.text}`);
      assert.equal(await documentsOf(stands.storage, chat), 0, "the refused activity changed storage");
      assert.deepEqual(stands.connector.restRequests(), [], "the bot called the Bot Connector");
    });
  }

  const NOT_ACTIVITIES = ["{}", '{"type":"message"}', "[1,2]", "not json"];
  it("without a token, a body that is no activity gets the same generic 401 as any other: nothing about the schema", async () => {
    const unauthenticated = await postActivity(bot.url, botAdded().activity);
    for (const body of NOT_ACTIVITIES) {
      const response = await postRaw(bot.url, "/api/messages", body, { "content-type": "application/json" });
      assert.equal(response.status, 401, `${body}: ${response.status} ${response.text}`);
      assert.equal(response.text, unauthenticated.text, body);
      assert.doesNotMatch(response.text, /serviceUrl|activity|JSON/i);
    }
    const signedButMalformed = await postRaw(bot.url, "/api/messages", "{}", { "content-type": "application/json", ...bearer(token()) });
    assert.equal(signedButMalformed.status, 401, "a token only holds for a real activity of the Bot Connector");
  });

  it("a correctly signed token → 200 and the activity is processed (the chat and its meeting are stored)", async () => {
    const { chat, activity } = botAdded();
    const response = await postActivity(bot.url, activity, bearer(token()));
    assert.equal(response.status, 200, response.text);
    assert.ok((await documentsOf(stands.storage, chat)) > 0, "the chat was stored");
    assert.ok(stands.openId.keyFetches >= 1, "the bot fetched the signing keys from BOT_OPENID_METADATA_URL");
    // Its welcome cannot be signed here (the client secret is fake and Entra ID out of reach): it must not go out unsigned.
    assert.ok(stands.connector.restRequests().every((r) => typeof r.headers.authorization === "string"));
  });

  it(
    "with ALLOWED_TENANTS, another tenant's activity is refused 401 unsigned " +
      "and 403 signed: the tenant check sees only authenticated activities",
    async () => {
      const chat: Chat = { ...meetingChat(), tenantId: "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b" };
      const activity = installed({ serviceUrl: stands.connector.url, chat, from: people.chair });
      const sentAt = Date.now();
      const tenantRefusal = (line: LogLine) => line.msg === "refused activity from a tenant not in ALLOWED_TENANTS";
      assert.equal((await postActivity(bot.url, activity)).status, 401);
      await waitForLog(
        bot,
        (line) => line.msg === "refused unauthenticated request on /api/messages" && line.time !== undefined && Number(line.time) >= sentAt,
      );
      assert.equal((await postActivity(bot.url, activity, bearer(token()))).status, 403);
      assert.equal((await waitForLog(bot, tenantRefusal)).tenantId, chat.tenantId);
      assert.equal(logLines(bot).filter(tenantRefusal).length, 1, "only the signed request reached the tenant check");
      assert.equal(await documentsOf(stands.storage, chat), 0);
    },
  );

  it("every refusal is one JSON warning in the log, without the token", () => {
    assert.deepEqual(nonJsonLines(bot), [], "every log line is a pino JSON object");
    const refusals = logLines(bot).filter((line) => line.msg === "refused unauthenticated request on /api/messages");
    // Each refusal case, the other tenant unsigned, and the test of bodies that are no activity (one valid, one signed).
    assert.equal(refusals.length, refusalCases.length + 1 + NOT_ACTIVITIES.length + 2);
    assert.ok(refusals.every((line) => line.level === 40));
    assert.doesNotMatch(bot.output(), /bearer |eyJ[\w-]{10,}\./i);
  });
});

describe("authentication: with the managed identity (the Azure deployment's configuration), replies are signed", function () {
  this.timeout(60_000);
  let stands: Stands;
  let identity: ManagedIdentityStandIn;
  let bot: BotProcess;

  before(async () => {
    stands = await startStands();
    identity = await ManagedIdentityStandIn.start();
    bot = await startBot({
      ...stands.storage.env,
      ...identity.env,
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: "UserAssignedMSI",
      MicrosoftAppTenantId: TENANT_ID,
      BOT_OPENID_METADATA_URL: stands.openId.metadataUrl,
    });
  });
  after(async () => {
    await stopAll(bot, stands);
    await identity?.close();
  });

  it("a correctly signed request is answered, and the answer carries the managed identity's token", async () => {
    const chat = meetingChat();
    const activity = installed({ serviceUrl: stands.connector.url, chat, from: people.chair });
    const token = stands.openId.channelToken({ audience: APP_ID, serviceUrl: stands.connector.url });
    const response = await postActivity(bot.url, activity, bearer(token));
    assert.equal(response.status, 200, response.text);
    const welcome = await stands.connector.waitFor((a) => a.conversationId === chat.conversationId);
    assert.ok(welcome, "the welcome reached the chat");
    const calls = stands.connector.restRequests();
    assert.ok(calls.length > 0);
    for (const call of calls) assert.equal(call.headers.authorization, `Bearer ${identity.accessToken}`, `${call.method} ${call.path}`);
    assert.ok(identity.requests.length > 0 && identity.requests.every((r) => r.headerMatched && r.clientId === APP_ID));
    assert.ok(
      identity.requests.every((r) => r.resource === "https://api.botframework.com"),
      JSON.stringify(identity.requests),
    );
  });

  it("a token for another bot is refused here too → 401, nothing sent", async () => {
    stands.connector.reset();
    const chat = meetingChat();
    const activity = installed({ serviceUrl: stands.connector.url, chat, from: people.chair });
    const token = stands.openId.channelToken({ audience: "5d3e1a7c-0f2b-4c8d-9e6a-7b1c2d3e4f50", serviceUrl: stands.connector.url });
    assert.equal((await postActivity(bot.url, activity, bearer(token))).status, 401);
    assert.equal(await documentsOf(stands.storage, chat), 0);
    assert.deepEqual(stands.connector.restRequests(), []);
  });
});

describe("authentication: BOT_OPENID_METADATA_URL is checked at start", () => {
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };
  const production = {
    NODE_ENV: "production",
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: APP_PASSWORD,
    COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/",
    PUBLIC_BASE_URL: "https://bot.example.no",
  };

  it("must be https in production, where a tampered key list would let anyone in", () => {
    assert.deepEqual(
      problemsOf({ ...production, BOT_OPENID_METADATA_URL: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration" }),
      [],
    );
    assert.match(
      problemsOf({ ...production, BOT_OPENID_METADATA_URL: "http://keys.example.com/openid" }).join("\n"),
      /^BOT_OPENID_METADATA_URL: must be https/,
    );
  });

  it("is refused without MicrosoftAppId (no token would be checked) and when it is not a URL", () => {
    assert.match(
      problemsOf({ BOT_OPENID_METADATA_URL: "https://keys.example.com/openid" }).join("\n"),
      /^BOT_OPENID_METADATA_URL: set, but MicrosoftAppId is empty/,
    );
    assert.match(
      problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD, BOT_OPENID_METADATA_URL: "keys" }).join("\n"),
      /^BOT_OPENID_METADATA_URL: must be the URL/,
    );
  });
});

/** The token's header and claims with `alg: none` and no signature. */
function unsignedCopyOf(token: string): string {
  const [, payload] = token.split(".");
  const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
  return `${header}.${payload}.`;
}

/** The token's claims signed HS256 with `secret` (keeping the kid), as an attacker who knows the public key would. */
function hmacCopyOf(token: string, secret: string): string {
  const [encodedHeader, payload] = token.split(".");
  const original = JSON.parse(Buffer.from(encodedHeader ?? "", "base64url").toString("utf8")) as { kid?: string };
  const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT", kid: original.kid })).toString("base64url");
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
