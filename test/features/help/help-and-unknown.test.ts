import assert from "node:assert/strict";
import { ConnectorStandIn, adaptiveCardsOf } from "../../../scripts/replay/connector-standin";
import { message, meetingChat, people, personalChat } from "../../../scripts/replay/activities";
import { postActivity } from "../../../scripts/replay/bot-client";
import type { BotProcess } from "../../../scripts/replay/bot-process";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";

const factTitles = (card: Record<string, unknown>): string[] =>
  JSON.stringify(card)
    .match(/"title":"[^"]*"/g)
    ?.map((t) => t.slice(9, -1)) ?? [];

describe("hjelp / help over HTTP, the way Teams sends it", () => {
  let running: RunningBot;
  let standIn: ConnectorStandIn;
  let bot: BotProcess;

  before(async () => {
    running = await startRunningBot();
    ({ standIn, bot } = running);
  });
  after(async () => running?.stop());

  it("in a personal chat (payload 02b): the help card arrives at the Bot Connector", async () => {
    const chat = personalChat(people.member);
    const response = await postActivity(bot.url, message({ serviceUrl: standIn.url, chat, from: people.member, text: "hjelp" }));
    assert.equal(response.status, 200);
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    const [card] = adaptiveCardsOf(sent.activity);
    assert.ok(card, "an Adaptive Card was sent");
    assert.match(JSON.stringify(card), /Møtebot – kommandoer/);
    assert.ok(factTitles(card).includes("hjelp (help)"));
    assert.equal(sent.operation, "reply", "answers as a reply to the user's message");
  });

  it("in a meeting chat with an @mention (payload 01): the mention is stripped and the card is sent", async () => {
    const chat = meetingChat(1);
    const activity = message({ serviceUrl: standIn.url, chat, from: people.chair, text: "hjelp" });
    assert.match(String(activity.text), /^<at>.*<\/at>/, "the activity carries the mention as Teams sends it");
    await postActivity(bot.url, activity);
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.match(JSON.stringify(adaptiveCardsOf(sent.activity)[0]), /Møtebot – kommandoer/);
  });

  it("in English when the locale is en-*", async () => {
    const chat = meetingChat(2);
    await postActivity(bot.url, message({ serviceUrl: standIn.url, chat, from: people.chair, text: "help", locale: "en-US" }));
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.match(JSON.stringify(adaptiveCardsOf(sent.activity)[0]), /Møtebot – commands/);
  });

  it("an unknown command gets a short Norwegian hint", async () => {
    const chat = meetingChat(3);
    await postActivity(bot.url, message({ serviceUrl: standIn.url, chat, from: people.member, text: "fiskesuppe nå" }));
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.equal(sent.activity.text, "Jeg kjenner ikke kommandoen «fiskesuppe». Skriv «hjelp» for å se hva jeg kan.");
  });

  it("a bare @mention gets the hint, not silence", async () => {
    const chat = meetingChat(4);
    await postActivity(bot.url, message({ serviceUrl: standIn.url, chat, from: people.member, text: "" }));
    const sent = await standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.match(String(sent.activity.text), /Skriv «hjelp»/);
  });

  it("the bot replies to the incoming serviceUrl and sends no auth header when auth is off", () => {
    const posts = standIn.restRequests().filter((r) => r.method === "POST");
    assert.ok(posts.length >= 5);
    assert.ok(posts.every((r) => r.headers.authorization === undefined));
    assert.deepEqual(standIn.unexpectedRequests(), []);
  });
});

describe("BOT_LANGUAGE: one language for everyone", () => {
  let running: RunningBot;
  before(async () => {
    running = await startRunningBot({ BOT_LANGUAGE: "nb" });
  });
  after(async () => running?.stop());

  it("answers an en-US client (the Agents Playground always sends en-US) in Norwegian", async () => {
    const chat = meetingChat(5);
    await postActivity(
      running.bot.url,
      message({ serviceUrl: running.standIn.url, chat, from: people.chair, text: "help", locale: "en-US" }),
    );
    const sent = await running.standIn.waitFor((a) => a.conversationId === chat.conversationId);
    assert.match(JSON.stringify(adaptiveCardsOf(sent.activity)[0]), /Møtebot – kommandoer/);
  });
});
