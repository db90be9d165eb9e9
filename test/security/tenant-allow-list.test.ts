import assert from "node:assert/strict";
import {
  cardInvoke,
  cardSubmit,
  installed,
  meetingChat,
  meetingStart,
  message,
  people,
  type BuildOptions,
  type Chat,
} from "../../scripts/replay/activities";
import { postActivity } from "../../scripts/replay/bot-client";
import { logLines, waitForLog, type LogLine } from "../harness/bot-log";
import { DEFAULT_TENANT_ID } from "../../scripts/replay/payloads";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { snapshotChanges, storageSnapshot } from "../support/storage-snapshot";
import { ConfigError, loadConfig } from "../../src/config/load-config";

const OTHER_ALLOWED = "8d2f6a1b-3c4e-4f5a-9b6c-7d8e9f0a1b2c";
const FOREIGN = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";
/** Text only the refused activities carry: it must not reach the log. */
const SECRET_TEXT = "fortrolig-budsjett-4711";

describe("ALLOWED_TENANTS: activities from other tenants are refused before the bot sees them", function () {
  this.timeout(60_000);
  let running: RunningBot;
  const as = (chat: Chat): BuildOptions => ({ serviceUrl: running.standIn.url, chat, from: people.chair });
  const foreignChat = (): Chat => ({ ...meetingChat(), tenantId: FOREIGN });
  const isRefusal = (l: LogLine) => l.msg === "refused activity from a tenant not in ALLOWED_TENANTS";
  const refusalsLogged = () => logLines(running.bot).filter(isRefusal);

  before(async () => {
    // Upper case and spaces on purpose: tenant ids compare case-insensitively, the list is trimmed.
    running = await startRunningBot({ ALLOWED_TENANTS: ` ${DEFAULT_TENANT_ID.toUpperCase()}, ${OTHER_ALLOWED}` });
  });
  after(() => running?.stop());

  /** Sends `activity`, expects 403, no call to Teams and no stored change; returns the response body. */
  async function refused(activity: Record<string, unknown>): Promise<unknown> {
    const before = await storageSnapshot(running.storage);
    running.standIn.reset();
    const response = await postActivity(running.bot.url, activity);
    assert.equal(response.status, 403, response.text);
    assert.deepEqual(running.standIn.restRequests(), [], "the bot called Teams for a refused activity");
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
    return response.body;
  }

  it("the bot being added, a message, an event and a legacy card submit from another tenant → 403, nothing stored or sent", async () => {
    const chat = foreignChat();
    await refused(installed(as(chat)));
    await refused(message({ ...as(chat), text: `hjelp ${SECRET_TEXT}` }));
    await refused(meetingStart(as(chat)));
    await refused(cardSubmit({ ...as(chat), value: { verb: "help.show", note: SECRET_TEXT }, replyToId: "1" }));
  });

  it("a card click from another tenant gets Teams' error response, in the user's language", async () => {
    const click = (locale: string) =>
      cardInvoke({ ...as(foreignChat()), locale, verb: "attendance.checkIn", data: { note: SECRET_TEXT }, replyToId: "1" });
    assert.deepEqual(await refused(click("nb-NO")), {
      statusCode: 403,
      type: "application/vnd.microsoft.error",
      value: { code: "Forbidden", message: "Møtebot er ikke tilgjengelig for organisasjonen din." },
    });
    const english = (await refused(click("en-GB"))) as { value: { message: string } };
    assert.equal(english.value.message, "Møtebot is not available to your organisation.");
  });

  it("an activity whose conversation names another tenant than its channelData → refused", async () => {
    const activity = message({ ...as(meetingChat()), text: "hjelp" });
    (activity.conversation as Record<string, unknown>).tenantId = FOREIGN;
    await refused(activity);
  });

  it("an activity that names no tenant at all → refused", async () => {
    const activity = message({ ...as(meetingChat()), text: "hjelp" });
    delete (activity.conversation as Record<string, unknown>).tenantId;
    delete (activity.channelData as Record<string, unknown>).tenant;
    await refused(activity);
  });

  it("each refusal is logged as a warning with the tenant id, and without the activity's text", async () => {
    await waitForLog(running.bot, (l) => isRefusal(l) && l.tenantId === "(none)");
    const lines = refusalsLogged();
    assert.equal(lines.length, 8, JSON.stringify(lines));
    assert.ok(
      lines.every((l) => l.level === 40),
      "warn",
    );
    assert.equal(lines.filter((l) => l.tenantId === FOREIGN).length, 7);
    assert.equal(lines.filter((l) => l.tenantId === "(none)").length, 1);
    assert.doesNotMatch(running.bot.output(), new RegExp(SECRET_TEXT));
  });

  it("activities from the allowed tenants pass: stored, answered, nothing refused", async () => {
    const refusedBefore = refusalsLogged().length;
    for (const tenantId of [DEFAULT_TENANT_ID, OTHER_ALLOWED]) {
      const chat: Chat = { ...meetingChat(), tenantId };
      const before = await storageSnapshot(running.storage);
      assert.equal((await postActivity(running.bot.url, installed(as(chat)))).status, 200);
      assert.ok(snapshotChanges(before, await storageSnapshot(running.storage)).some((c) => c.startsWith("added conversations/")));
      assert.equal((await postActivity(running.bot.url, message({ ...as(chat), text: "hjelp" }))).status, 200);
      await running.standIn.waitFor(
        (a) => a.conversationId === chat.conversationId && JSON.stringify(a.activity).includes("Møtebot – kommandoer"),
      );
    }
    assert.equal(refusalsLogged().length, refusedBefore);
  });
});

describe("ALLOWED_TENANTS is checked at start", () => {
  const problemsOf = (value: string): string[] => {
    try {
      loadConfig({ ALLOWED_TENANTS: value });
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };

  it("takes comma-separated tenant GUIDs, and names the variable when one is not", () => {
    assert.deepEqual(loadConfig({ ALLOWED_TENANTS: `${DEFAULT_TENANT_ID.toUpperCase()},${OTHER_ALLOWED}` }).allowedTenants, [
      DEFAULT_TENANT_ID,
      OTHER_ALLOWED,
    ]);
    assert.equal(loadConfig({ ALLOWED_TENANTS: " " }).allowedTenants, undefined);
    assert.match(problemsOf(`${DEFAULT_TENANT_ID},contoso.onmicrosoft.com`)[0] ?? "", /^ALLOWED_TENANTS\.1: must be tenant ids \(GUIDs\)/);
    assert.match(problemsOf(`${DEFAULT_TENANT_ID},`)[0] ?? "", /^ALLOWED_TENANTS\.1:/);
  });
});
