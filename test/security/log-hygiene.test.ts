import assert from "node:assert/strict";
import { cardSubmit, installed, meetingChat, message, people } from "../../scripts/replay/activities";
import { postActivity } from "../../scripts/replay/bot-client";
import { isJsonObjectLine, outputLines } from "../harness/bot-log";
import { startBot, type BotProcess } from "../../scripts/replay/bot-process";
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { ManagedIdentityStandIn } from "../harness/managed-identity-standin";
import { OpenIdStandIn } from "../harness/openid-standin";
import { SigningProxy } from "../harness/signing-proxy";
import { startTestStorage } from "../../scripts/replay/test-storage";
import { askReferat, replayScenario } from "../../scripts/replay/replay-scenario";
import { loadScenario, type Scenario } from "../../scripts/replay/scenario";

const APP_ID = "0b3c7a9e-7d52-4f8e-9a51-2f8a6d1c9e11";
const TENANT_ID = "167c22a9-1b2e-439c-ad74-cc77e9e118d8";
const scenario = loadScenario("naeringssamarbeid-2025-09-11");
/** Typed by a user after the meeting; the bot echoes its first word in its answer, which Teams then refuses. */
const TYPED_TEXT = "Budsjettforslaget-for-2026 er fortrolig";

interface Captured {
  lines: string[];
  secrets: Map<string, string>;
  activitiesPosted: number;
}

/** Everything users typed or entered in the replayed meeting, line by line (markers stripped), and their names. */
function userContent(s: Scenario): string[] {
  const lines = [
    s.meeting.title,
    ...s.agenda.map((item) => item.title),
    ...s.agenda.flatMap((item) => item.notes),
    ...s.roundTable.flatMap((entry) => entry.submissions.map((submission) => submission.text)),
    ...s.people.map((p) => p.name),
    TYPED_TEXT,
  ].flatMap((text) => text.split("\n"));
  const cleaned = lines.map((line) =>
    line
      .trim()
      .replace(/^([-•*]|\d+[.)])\s+/, "")
      .trim(),
  );
  // Short fragments ("Ja", "Oslo") could be ids or field names by chance; whole sentences cannot.
  return [...new Set(cleaned.filter((line) => line.length >= 12))];
}

/**
 * The production configuration (managed identity, tokens checked) at `level`: the reference meeting
 * replayed through a proxy that signs each activity, a referat, then two calls Teams refuses.
 */
async function replayAndCapture(level: string): Promise<Captured> {
  const storage = await startTestStorage();
  const connector = await ConnectorStandIn.start();
  const openId = await OpenIdStandIn.start();
  const identity = await ManagedIdentityStandIn.start();
  let bot: BotProcess | undefined;
  let proxy: SigningProxy | undefined;
  try {
    bot = await startBot({
      ...storage.env,
      ...identity.env,
      LOG_LEVEL: level,
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: "UserAssignedMSI",
      MicrosoftAppTenantId: TENANT_ID,
      BOT_OPENID_METADATA_URL: openId.metadataUrl,
    });
    proxy = await SigningProxy.start({ botUrl: bot.url, openId, appId: APP_ID });
    const botUrl = proxy.url;
    const replayed = await replayScenario({ botUrl: () => botUrl, standIn: connector, storageEnv: storage.env }, scenario, meetingChat());
    await askReferat(replayed.flow, replayed.secretary);

    // Teams refuses what the bot sends: its errors carry the request (headers, body) unless the log leaves them out.
    connector.failRest(/\/activities/, 500);
    assert.equal((await replayed.flow.say(replayed.secretary, TYPED_TEXT)).status, 200);
    connector.clearFailures();
    const staleCard = cardSubmit({ ...replayed.flow.as(replayed.chair), value: { verb: "help.show" }, replyToId: "999" });
    assert.equal((await postActivity(botUrl, staleCard)).status, 200);

    const activitiesPosted = proxy.forwarded;
    await bot.stop();
    const secrets = new Map<string, string>([
      ["the Cosmos key", storage.env.COSMOS_KEY ?? ""],
      ["the managed identity's access token", identity.accessToken],
      ["the managed identity endpoint's secret header", identity.identityHeader],
      ...proxy.tokens.map((token, i): [string, string] => [`inbound token ${i + 1}`, token]),
    ]);
    return { lines: outputLines(bot), secrets, activitiesPosted };
  } finally {
    await bot?.stop();
    await proxy?.close();
    await identity.close();
    await openId.close();
    await connector.close();
    await storage.close();
  }
}

function assertClean(captured: Captured): void {
  assert.deepEqual(
    captured.lines.filter((line) => !isJsonObjectLine(line)),
    [],
    "every log line is a pino JSON object",
  );
  const log = captured.lines.join("\n");
  const leaked = userContent(scenario).filter((text) => log.includes(text));
  assert.deepEqual(leaked, [], "user content in the log");
  for (const [what, secret] of captured.secrets) assert.ok(secret.length > 8 && !log.includes(secret), `${what} is in the log`);
  assert.doesNotMatch(log, /bearer /i, "an Authorization header is in the log");
}

describe("logs of a replayed meeting carry ids and outcomes, never what people wrote or secrets", function () {
  this.timeout(240_000);

  for (const level of ["info", "debug"]) {
    describe(`LOG_LEVEL=${level}`, () => {
      let captured: Captured;
      before(async () => {
        captured = await replayAndCapture(level);
      });

      it("one JSON line per activity with its ids and outcome", () => {
        const handled = captured.lines
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .filter((l) => l.msg === "activity handled");
        assert.equal(handled.length, captured.activitiesPosted);
        assert.ok(captured.activitiesPosted > 60, `${captured.activitiesPosted} activities`);
        for (const line of handled) {
          assert.equal(typeof line.activityType, "string");
          assert.equal(typeof line.conversationId, "string");
          assert.equal(typeof line.status, "number");
        }
        assert.ok(
          handled.some((l) => l.verb === "roundtable.submit"),
          "card verbs are logged",
        );
      });

      it("the failures Teams answered are logged, as errors or warnings", () => {
        const levels = captured.lines.map((line) => (JSON.parse(line) as { level: number }).level);
        assert.ok(
          levels.some((l) => l >= 40),
          "the refused reply and the stale card are in the log",
        );
      });

      it("no line holds message text, notes, round-table bullets, card inputs, names, tokens or keys", () => {
        assertClean(captured);
      });
    });
  }
});

describe("logs with a client secret whose token request fails", function () {
  this.timeout(60_000);

  it("never show the secret, the inbound token or the message text", async () => {
    const storage = await startTestStorage();
    const connector = await ConnectorStandIn.start();
    const openId = await OpenIdStandIn.start();
    const password = "Zq8~s3cr3t-client-value-that-must-not-leak";
    const bot = await startBot({
      ...storage.env,
      LOG_LEVEL: "debug",
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: password,
      BOT_OPENID_METADATA_URL: openId.metadataUrl,
    });
    const tokens: string[] = [];
    try {
      const chat = meetingChat();
      for (const activity of [
        installed({ serviceUrl: connector.url, chat, from: people.chair }),
        message({ serviceUrl: connector.url, chat, from: people.chair, text: TYPED_TEXT }),
      ]) {
        const token = openId.channelToken({ audience: APP_ID, serviceUrl: connector.url });
        tokens.push(token);
        assert.equal((await postActivity(bot.url, activity, { authorization: `Bearer ${token}` })).status, 200);
      }
    } finally {
      await bot.stop();
      await openId.close();
      await connector.close();
      await storage.close();
    }
    const lines = outputLines(bot);
    assert.ok(
      lines.some((line) => line.includes('"level":50')),
      "the failed token request is logged as an error",
    );
    assertClean({
      lines,
      secrets: new Map([
        ["the app password", password],
        ["the Cosmos key", storage.env.COSMOS_KEY ?? ""],
        ...tokens.map((t, i): [string, string] => [`inbound token ${i + 1}`, t]),
      ]),
      activitiesPosted: 2,
    });
  });
});
