import assert from "node:assert/strict";
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { cardInvoke, cardSubmit, meetingChat, message, people } from "../../scripts/replay/activities";
import { getJson, postActivity, postRaw } from "../../scripts/replay/bot-client";
import { exitOf, startBot, type BotProcess } from "../../scripts/replay/bot-process";
import { startTestStorage, type TestStorage } from "../../scripts/replay/test-storage";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";

describe("bad input over HTTP", () => {
  let running: RunningBot;
  let storage: TestStorage;
  let standIn: ConnectorStandIn;
  let bot: BotProcess;
  const chat = meetingChat(21);
  const build = () => ({ serviceUrl: standIn.url, chat, from: people.member });
  const documentCount = async () =>
    (await storage.container("conversations").items.query("SELECT VALUE COUNT(1) FROM c").fetchAll()).resources[0] as number;

  before(async () => {
    running = await startRunningBot();
    ({ storage, standIn, bot } = running);
  });
  after(async () => running?.stop());

  it("malformed JSON → 400, nothing stored, still up", async () => {
    const before = await documentCount();
    const response = await postRaw(bot.url, "/api/messages", '{"type":"installationUpdate","action":"add",', {
      "content-type": "application/json",
    });
    assert.equal(response.status, 400);
    assert.equal(await documentCount(), before);
    assert.equal((await getJson(`${bot.url}/healthz`)).status, 200);
  });

  it("a body over 1 MB → 413 Payload Too Large, nothing stored, still up", async () => {
    const huge = { ...message({ ...build(), text: "hjelp" }), padding: "x".repeat(1024 * 1024) };
    const response = await postRaw(bot.url, "/api/messages", JSON.stringify(huge), { "content-type": "application/json" });
    assert.equal(response.status, 413);
    assert.deepEqual(response.body, { error: "body larger than 1048576 bytes" });
    assert.equal(standIn.recorded(chat.conversationId).length, 0, "the bot did not act on it");
    assert.equal((await getJson(`${bot.url}/healthz`)).status, 200);
  });

  it("JSON that is not an activity → 400", async () => {
    for (const body of ["[]", "42", '{"type":"message"}', '{"type":5,"serviceUrl":"x"}']) {
      const response = await postRaw(bot.url, "/api/messages", body, { "content-type": "application/json" });
      assert.equal(response.status, 400, body);
    }
  });

  it("an activity type the bot does not know → 200 and no reply", async () => {
    const odd = { ...message({ ...build(), text: "x" }), type: "somethingNew" };
    assert.equal((await postActivity(bot.url, odd)).status, 200);
    const event = { ...message({ ...build(), text: "x" }), type: "event", name: "application/vnd.microsoft.unknown" };
    assert.equal((await postActivity(bot.url, event)).status, 200);
  });

  it("an invoke the bot has no feature for → 200, not 501", async () => {
    const invoke = { ...cardInvoke({ ...build(), verb: "x", replyToId: "1" }), name: "composeExtension/query" };
    assert.equal((await postActivity(bot.url, invoke)).status, 200);
  });

  it("a card action with an unknown verb → the invoke's error response, in Norwegian", async () => {
    const response = await postActivity(bot.url, cardInvoke({ ...build(), verb: "meeting.selfDestruct", replyToId: "1" }));
    assert.equal(response.status, 400);
    assert.deepEqual(response.body, {
      statusCode: 400,
      type: "application/vnd.microsoft.error",
      value: { code: "UnknownAction", message: "Denne knappen er ikke i bruk lenger. Skriv «hjelp» for å se hva jeg kan." },
    });
  });

  it("a card action whose value is not an object → 400 error response", async () => {
    const invoke = { ...cardInvoke({ ...build(), verb: "help.show", replyToId: "1" }), value: "junk" };
    const response = await postActivity(bot.url, invoke);
    assert.equal(response.status, 400);
    assert.equal((response.body as { type: string }).type, "application/vnd.microsoft.error");
  });

  it("a legacy Action.Submit of a known verb: its answer as a new message, never written over the message it replies to", async () => {
    const posted = await fetch(`${standIn.url}v3/conversations/${encodeURIComponent(chat.conversationId)}/activities`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "message", text: "a card stood here" }),
    });
    const { id } = (await posted.json()) as { id: string };
    const submit = cardSubmit({ ...build(), value: { verb: "help.show" }, replyToId: id });
    assert.equal((await postActivity(bot.url, submit)).status, 200);
    const answer = await standIn.waitFor(
      (a) => a.conversationId === chat.conversationId && a.operation !== "update" && a.activityId !== id,
    );
    assert.match(JSON.stringify(answer.activity), /Møtebot – kommandoer/, "the help card, for everyone");
    assert.ok(!standIn.recorded(chat.conversationId).some((a) => a.operation === "update"), "the message replied to is untouched");
    standIn.reset();
  });

  it("a legacy Action.Submit with an unknown verb gets a message, not a crash", async () => {
    const submit = cardSubmit({ ...build(), value: { action: "referat.approve", referatId: "42" }, replyToId: "1" });
    assert.equal((await postActivity(bot.url, submit)).status, 200);
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.match(String(sent.activity.text), /ikke i bruk lenger/);
  });
});

describe("storage health and start-up checks (authentication: test/security/authentication.test.ts)", () => {
  it("/healthz says 503 while Cosmos is down, 200 when it is back", async () => {
    const storage = await startTestStorage();
    const bot = await startBot(storage.env);
    try {
      assert.equal((await getJson(`${bot.url}/healthz`)).status, 200);
      await storage.stop();
      assert.equal((await getJson(`${bot.url}/healthz`)).status, 503);
      await storage.restart();
      let status = 0;
      for (let i = 0; i < 50 && status !== 200; i++) {
        status = (await getJson(`${bot.url}/healthz`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(status, 200);
    } finally {
      await bot.stop("SIGKILL");
      await storage.close();
    }
  });

  it("in production without credentials the process refuses to start and names the variable", async () => {
    const bot = await startBot({ NODE_ENV: "production" }, { waitForHealth: false });
    assert.equal(await exitOf(bot), 1);
    assert.match(bot.output(), /MicrosoftAppId: required when NODE_ENV=production/);
  });

  it("without credentials outside production it starts, and warns that auth is off", async () => {
    const bot = await startBot({});
    await bot.stop();
    assert.match(bot.output(), /authentication is OFF/);
  });
});
