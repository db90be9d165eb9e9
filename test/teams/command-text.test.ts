import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { commandText } from "../../src/teams/command-text";
import { parseIncomingActivity, type IncomingActivity } from "../../src/teams/incoming-activity";
import { languageOf } from "../../src/shared/language";
import { parseCommand } from "../../src/router/parse-command";
import { sharedFolder } from "../support/adaptive-card-schema";

const payload = (name: string): IncomingActivity => {
  const parsed = parseIncomingActivity(JSON.parse(readFileSync(resolve(sharedFolder, "teams-payloads", name), "utf8")));
  assert.ok(parsed.success, `${name} parses`);
  return parsed.data;
};

describe("command text from an activity", () => {
  it("strips the bot's mention from a meeting-chat message (payload 01)", () => {
    assert.equal(commandText(payload("01_message_meeting_groupchat_mention.json")), "referat");
  });

  it("keeps a personal message as typed (payload 02b)", () => {
    assert.equal(commandText(payload("02b_message_personal_real_trace_2026.json")), "login");
  });

  it("removes only the first mention of the bot, and turns &nbsp; into a space", () => {
    const activity = payload("01_message_meeting_groupchat_mention.json");
    activity.text = "<at>Bot</at>&nbsp;hjelp <at>Bot</at>";
    assert.equal(commandText(activity), "hjelp <at>Bot</at>");
  });

  it("leaves other people's mentions alone", () => {
    const activity = payload("01_message_meeting_groupchat_mention.json");
    activity.text = "<at>Bot</at> forfall <at>Kari</at>";
    activity.entities = [
      ...(activity.entities ?? []),
      { type: "mention", text: "<at>Kari</at>", mentioned: { id: "29:kari", name: "Kari" } },
    ];
    assert.equal(commandText(activity), "forfall <at>Kari</at>");
  });

  it("copes with an entity text that differs from the message text", () => {
    const activity = payload("01_message_meeting_groupchat_mention.json");
    activity.text = "<at>Møtebot</at> hjelp";
    assert.equal(commandText(activity), "hjelp");
  });
});

describe("command parsing and language", () => {
  it("knows Norwegian names and English aliases, any case", () => {
    const known = (text: string) => {
      const parsed = parseCommand(text);
      return parsed.kind === "known" ? { id: parsed.route.id, args: parsed.args } : parsed;
    };
    assert.deepEqual(known("hjelp"), { id: "help", args: "" });
    assert.deepEqual(known("HELP me"), { id: "help", args: "me" });
    assert.deepEqual(known("Rundebord lukk"), { id: "roundtable", args: "lukk" });
    assert.deepEqual(parseCommand("fisk"), { kind: "unknown", word: "fisk" });
    assert.deepEqual(parseCommand("  "), { kind: "empty" });
  });

  it("is Norwegian unless the locale is en-*", () => {
    assert.equal(languageOf({ locale: "en-US" }), "en");
    assert.equal(languageOf({ locale: "nb-NO" }), "nb");
    assert.equal(languageOf({ locale: "zh-TW" }), "nb");
    assert.equal(languageOf({}), "nb");
    assert.equal(languageOf({ entities: [{ type: "clientInfo", locale: "en-GB" }] }), "en");
  });
});
