/**
 * Self-test of the test harness (connector stand-in, activity builders, card clicking) without the bot.
 */
import assert from "node:assert/strict";
import http from "node:http";
import { ConnectorStandIn, adaptiveCardsOf } from "../scripts/replay/connector-standin";
import {
  BOT,
  botAdded,
  cardInvoke,
  cardSubmit,
  groupChat,
  installed,
  meetingChat,
  meetingStart,
  message,
  participantJoin,
  participantLeave,
  people,
  personalChat,
  type BuildOptions,
} from "../scripts/replay/activities";
import { click, findAction, getJson, lastCard } from "../scripts/replay/bot-client";
import { isRecord } from "../scripts/replay/payloads";

const TENANT = "167c22a9-1b2e-439c-ad74-cc77e9e118d8";

function rec(value: unknown, what = "value"): Record<string, unknown> {
  assert.ok(isRecord(value), `${what} should be an object`);
  return value;
}

async function call(method: string, url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", authorization: "Bearer test-token" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const card = (title: string) => ({
  type: "message",
  attachments: [
    {
      contentType: "application/vnd.microsoft.card.adaptive",
      content: {
        type: "AdaptiveCard",
        version: "1.5",
        body: [
          { type: "TextBlock", text: title },
          { type: "Input.Text", id: "comment", value: "ser bra ut" },
          { type: "Input.Text", id: "empty" },
          { type: "Input.Toggle", id: "present", title: "Til stede", value: "true" },
          {
            type: "Container",
            items: [
              {
                type: "ActionSet",
                actions: [
                  { type: "Action.Execute", title: "Godkjenn", verb: "referat.approve", data: { referatId: "42", comment: "from data" } },
                  { type: "Action.Submit", title: "Send inn", data: { action: "submit" } },
                ],
              },
            ],
          },
        ],
        actions: [{ type: "Action.OpenUrl", title: "Åpne", url: "https://example.org" }],
      },
    },
  ],
});

describe("harness: ConnectorStandIn", () => {
  let standIn: ConnectorStandIn;
  // A fresh chat for each test: Teams' rate windows (and the stand-in's) are per conversation.
  let chats = 0;
  let chat = meetingChat(++chats);
  const conv = (): string => `${standIn.url}v3/conversations/${encodeURIComponent(chat.conversationId)}`;

  before(async () => {
    standIn = await ConnectorStandIn.start();
  });
  after(async () => {
    await standIn.close();
  });
  beforeEach(() => {
    standIn.reset();
    standIn.clearFailures();
    chat = meetingChat(++chats);
  });

  it("serves a tenant-scoped serviceUrl", () => {
    assert.match(standIn.url, new RegExp(`^http://127\\.0\\.0\\.1:\\d+/emea/${TENANT}/$`));
    assert.equal(standIn.tenantId, TENANT);
  });

  it("records send, reply, update and delete with decoded conversation ids and current message state", async () => {
    const sent = await call("POST", `${conv()}/activities`, { type: "message", text: "første" });
    assert.equal(sent.status, 201);
    const firstId = String(rec(sent.body).id);
    assert.match(firstId, /^\d+$/);
    const replied = await call("POST", `${conv()}/activities/${firstId}`, { type: "message", text: "svar", replyToId: firstId });
    const replyId = String(rec(replied.body).id);
    assert.notEqual(replyId, firstId);
    const put = await call("PUT", `${conv()}/activities/${firstId}`, { type: "message", text: "endret" });
    assert.deepEqual(put, { status: 200, body: { id: firstId } });

    const log = standIn.recorded(chat.conversationId);
    assert.deepEqual(
      log.map((a) => [a.operation, a.activityId, a.replyToId]),
      [
        ["send", firstId, undefined],
        ["reply", replyId, firstId],
        ["update", firstId, undefined],
      ],
    );
    assert.equal(log[0]?.conversationId, chat.conversationId);
    assert.deepEqual(
      standIn.messages(chat.conversationId).map((m) => [m.activityId, m.activity.text]),
      [
        [firstId, "endret"],
        [replyId, "svar"],
      ],
    );

    assert.equal((await call("DELETE", `${conv()}/activities/${replyId}`)).status, 200);
    assert.deepEqual(
      standIn.messages(chat.conversationId).map((m) => m.activityId),
      [firstId],
    );
    assert.equal(standIn.recorded().at(-1)?.operation, "delete");
    assert.equal(standIn.recorded("19:other@thread.v2").length, 0);
    assert.deepEqual(standIn.unexpectedRequests(), []);
  });

  it("routes under any path prefix", async () => {
    const other = await call(
      "POST",
      `${standIn.url.replace(/\/emea\/[^/]+\/$/, "/amer/x/y/")}v3/conversations/${encodeURIComponent(chat.conversationId)}/activities`,
      { type: "message" },
    );
    assert.equal(other.status, 201);
    assert.equal(standIn.recorded(chat.conversationId).length, 1);
  });

  it("waitFor resolves with past and future matches and rejects clearly on timeout", async () => {
    await call("POST", `${conv()}/activities`, { type: "message", text: "a" });
    assert.equal((await standIn.waitFor((a) => a.activity.text === "a")).activity.text, "a");
    const future = standIn.waitFor((a) => a.activity.text === "b", 2000);
    await call("POST", `${conv()}/activities`, { type: "message", text: "b" });
    assert.equal((await future).operation, "send");
    await assert.rejects(
      standIn.waitFor((a) => a.activity.text === "never", 50),
      /no matching activity within 50 ms; 2 recorded/,
    );
  });

  it("rejects malformed bodies, updates of unknown activities, and messages over Teams' 100 KB (UTF-16) with 413", async () => {
    standIn.provokesRefusals();
    assert.equal((await call("POST", `${conv()}/activities`, '{"type": "message",')).status, 400);
    const unknown = await call("PUT", `${conv()}/activities/123`, { type: "message" });
    assert.equal(unknown.status, 404);
    assert.equal(standIn.recorded().length, 0);
    assert.deepEqual(standIn.unexpectedRequests(), [{ method: "PUT", path: `/v3/conversations/${chat.conversationId}/activities/123` }]);
    // About 100 KB as UTF-16 over the whole activity ("Format your bot messages"): 49,900 characters fit, 50,100 do not.
    const fits = await call("POST", `${conv()}/activities`, { type: "message", text: "x".repeat(49_900) });
    assert.equal(fits.status, 201);
    const big = await call("POST", `${conv()}/activities`, { type: "message", text: "x".repeat(3 * 1024 * 1024) });
    assert.equal(big.status, 413);
    assert.equal(rec(rec(big.body).error).code, "MessageSizeTooBig");
    const grown = await call("PUT", `${conv()}/activities/${String(rec(fits.body).id)}`, { type: "message", text: "x".repeat(50_100) });
    assert.equal(grown.status, 413);
    assert.deepEqual(
      standIn.refused().map((r) => [r.operation, r.status, r.code]),
      [
        ["send", 413, "MessageSizeTooBig"],
        ["update", 413, "MessageSizeTooBig"],
      ],
    );
    assert.equal(standIn.recorded().length, 1, "only the message that fits");
  });

  it("refuses as Teams does: an 8th message in a second with 429 and Retry-After; another chat is not affected", async () => {
    standIn.provokesRefusals();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${conv()}/activities`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "message", text: `melding ${i}` }),
      });
      statuses.push(res.status);
      retryAfter = res.headers.get("retry-after") ?? retryAfter;
      await res.text();
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201, 201, 429]);
    assert.ok(Number(retryAfter) >= 1, `Retry-After: ${retryAfter}`);
    const elsewhere = `${standIn.url}v3/conversations/${encodeURIComponent(meetingChat(++chats).conversationId)}/activities`;
    assert.equal((await call("POST", elsewhere, { type: "message", text: "annen chat" })).status, 201);
    assert.deepEqual(
      standIn.refused().map((r) => [r.operation, r.status, r.code]),
      [["send", 429, "TooManyRequests"]],
    );
    assert.equal(standIn.busiest(chat.conversationId), 7);
  });

  it("refuses a card refreshed for over 60 users, and a mention of someone not in the chat, with 400", async () => {
    standIn.provokesRefusals();
    const refreshed = (userIds: string[]) => {
      const message = card("Kort");
      return {
        ...message,
        attachments: [{ ...message.attachments[0], content: { ...message.attachments[0]?.content, refresh: { userIds } } }],
      };
    };
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `29:user-${i}`);
    assert.equal((await call("POST", `${conv()}/activities`, refreshed(ids(60)))).status, 201);
    assert.equal((await call("POST", `${conv()}/activities`, refreshed(ids(61)))).status, 400);
    standIn.setMembers(chat.conversationId, [{ id: people.chair.id, name: people.chair.name }]);
    const mention = (id: string) => ({
      type: "message",
      text: "<at>Navn</at> husk",
      entities: [{ type: "mention", text: "<at>Navn</at>", mentioned: { id, name: "Navn" } }],
    });
    assert.equal((await call("POST", `${conv()}/activities`, mention(people.chair.id))).status, 201);
    const stranger = await call("POST", `${conv()}/activities`, mention(people.other.id));
    assert.equal(stranger.status, 400);
    assert.equal(rec(rec(stranger.body).error).code, "BadArgument");
    assert.deepEqual(
      standIn.refused().map((r) => [r.status, r.code]),
      [
        [400, "BadArgument"],
        [400, "BadArgument"],
      ],
    );
  });

  it("answers member lookups like the Connector", async () => {
    const { chair, anonymous } = people;
    standIn.setMembers(chat.conversationId, [
      { id: chair.id, name: chair.name, aadObjectId: chair.aadObjectId, tenantId: TENANT, userRole: "user" },
      { id: anonymous.id, name: anonymous.name, tenantId: TENANT, userRole: "anonymous" },
    ]);
    const all = await getJson(`${conv()}/members`);
    assert.equal(all.status, 200);
    assert.ok(Array.isArray(all.body) && all.body.length === 2);
    const paged = rec((await getJson(`${conv()}/pagedmembers`)).body);
    assert.ok(Array.isArray(paged.members) && paged.members.length === 2);
    assert.equal(rec((await getJson(`${conv()}/members/${encodeURIComponent(chair.id)}`)).body).name, chair.name);
    assert.equal(rec((await getJson(`${conv()}/members/${chair.aadObjectId ?? ""}`)).body).id, chair.id);
    const missing = await getJson(`${conv()}/members/${encodeURIComponent(people.other.id)}`);
    assert.equal(missing.status, 404);
    const error = rec(rec(missing.body).error);
    assert.equal(typeof error.code, "string");
    assert.equal(typeof error.message, "string");
    assert.deepEqual((await getJson(`${standIn.url}v3/conversations/${encodeURIComponent("19:nobody@thread.v2")}/members`)).body, []);
  });

  it("answers meeting and participant lookups, with 404 and the 400 on a missing tenantId", async () => {
    const meetingId = chat.meetingId ?? "";
    const meetingUrl = `${standIn.url}v1/meetings/${encodeURIComponent(meetingId)}`;
    assert.equal((await getJson(meetingUrl)).status, 404);
    standIn.setMeeting(meetingId, { details: { id: meetingId, title: "Arbeidsgruppe", type: "Scheduled" } });
    assert.equal(rec(rec((await getJson(meetingUrl)).body).details).title, "Arbeidsgruppe");
    standIn.setParticipant(meetingId, people.chair.id, {
      user: { id: people.chair.id, aadObjectId: people.chair.aadObjectId },
      meeting: { role: "Organizer", inMeeting: true },
    });
    const participantUrl = (id: string, q = `?tenantId=${TENANT}`): string => `${meetingUrl}/participants/${encodeURIComponent(id)}${q}`;
    assert.equal((await getJson(participantUrl(people.chair.id, ""))).status, 400);
    assert.equal(rec(rec((await getJson(participantUrl(people.chair.id))).body).meeting).role, "Organizer");
    assert.equal((await getJson(participantUrl(people.chair.aadObjectId ?? ""))).status, 200);
    assert.equal((await getJson(participantUrl(people.member.id))).status, 404);
    const requests = standIn.restRequests();
    assert.ok(requests.some((r) => r.path === `/v1/meetings/${meetingId}/participants/${people.chair.id}` && r.query.tenantId === TENANT));
    assert.deepEqual(standIn.unexpectedRequests(), []);
  });

  it("fails chosen paths until cleared, and records unexpected requests with headers", async () => {
    standIn.setMeeting("m1", { details: { id: "m1" } });
    standIn.failRest(/\/v1\/meetings\//, 403);
    const failed = await getJson(`${standIn.url}v1/meetings/m1`);
    assert.equal(failed.status, 403);
    assert.equal(rec(rec(failed.body).error).code, "Forbidden");
    standIn.clearFailures();
    assert.equal((await getJson(`${standIn.url}v1/meetings/m1`)).status, 200);
    assert.equal((await call("POST", `${standIn.url}v3/conversations`, {})).status, 404);
    assert.deepEqual(standIn.unexpectedRequests(), [{ method: "POST", path: "/v3/conversations" }]);
    assert.equal(standIn.restRequests().at(-1)?.headers.authorization, "Bearer test-token");
  });

  it("extracts Adaptive Cards from an activity", () => {
    assert.equal(adaptiveCardsOf(card("x")).length, 1);
    assert.deepEqual(adaptiveCardsOf({ type: "message", attachments: [{ contentType: "text/html", content: "<p/>" }] }), []);
  });
});

describe("harness: activity builders", () => {
  const serviceUrl = `http://127.0.0.1:1/emea/${TENANT}/`;

  it("builds a meeting-chat message with a consistent bot mention and meeting ids", () => {
    const chat = meetingChat(7);
    const a = message({ serviceUrl, chat, from: people.chair, text: 'oppmøte <nå> & "senere"' });
    assert.equal(a.text, `<at>${BOT.name}</at> oppmøte <nå> & "senere"`);
    const mention = rec((a.entities as unknown[]).find((e) => rec(e).type === "mention"));
    assert.equal(mention.text, `<at>${BOT.name}</at>`);
    assert.ok(String(a.text).includes(String(mention.text)));
    assert.equal(rec(mention.mentioned).id, BOT.id);
    const html = String(rec((a.attachments as unknown[])[0]).content);
    assert.equal(
      html,
      `<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${BOT.name}</span>&nbsp;oppmøte &lt;nå&gt; &amp; ` +
        `&quot;senere&quot;</p>`,
    );
    assert.equal(rec(a.conversation).id, chat.conversationId);
    assert.match(chat.conversationId, /^19:meeting_[A-Za-z0-9+/=]+@thread\.v2$/);
    assert.equal(rec(rec(a.channelData).meeting).id, chat.meetingId);
    assert.equal(Buffer.from(chat.meetingId ?? "", "base64").toString(), `0#${chat.conversationId}#0`);
    assert.equal(a.serviceUrl, serviceUrl);
    assert.equal(a.locale, "nb-NO");
    assert.equal(rec((a.entities as unknown[]).find((e) => rec(e).type === "clientInfo")).locale, "nb-NO");
    assert.deepEqual(a.from, { id: people.chair.id, name: people.chair.name, aadObjectId: people.chair.aadObjectId });
  });

  it("gives distinct chats, people and message ids, and fresh copies", () => {
    assert.notEqual(meetingChat(1).conversationId, meetingChat(2).conversationId);
    assert.deepEqual(meetingChat(3), meetingChat(3));
    assert.notEqual(meetingChat().conversationId, meetingChat().conversationId);
    assert.equal(new Set(Object.values(people).map((p) => p.id)).size, 5);
    assert.equal(people.anonymous.aadObjectId, undefined);
    const chat = groupChat(1);
    const one = message({ serviceUrl, chat, from: people.member, text: "a" });
    const two = message({ serviceUrl, chat, from: people.member, text: "b" });
    assert.notEqual(one.id, two.id);
    rec(one.conversation).id = "mutated";
    assert.equal(rec(message({ serviceUrl, chat, from: people.member, text: "c" }).conversation).id, chat.conversationId);
    assert.equal(rec(one.channelData).meeting, undefined);
    assert.ok(String(one.text).startsWith("<at>"));
  });

  it("builds personal messages without mention or meeting", () => {
    const chat = personalChat(people.secretary);
    const a = message({ serviceUrl, chat, from: people.secretary, text: "hjelp", locale: "en-GB" });
    assert.equal(a.text, "hjelp");
    assert.match(String(rec(a.conversation).id), /^a:/);
    assert.equal(rec(a.conversation).conversationType, "personal");
    assert.equal(rec(a.channelData).meeting, undefined);
    assert.equal(a.locale, "en-GB");
  });

  it("builds invokes, submits, events and installs from the real shapes", () => {
    const chat = meetingChat(2);
    const o: BuildOptions = { serviceUrl, chat, from: people.chair };
    const invoke = cardInvoke({ ...o, verb: "v", data: { k: "1" }, replyToId: "17" });
    assert.deepEqual([invoke.type, invoke.name, invoke.replyToId], ["invoke", "adaptiveCard/action", "17"]);
    assert.deepEqual(rec(invoke.value), { action: { type: "Action.Execute", verb: "v", data: { k: "1" } }, trigger: "manual" });
    const submit = cardSubmit({ ...o, value: { a: 1 }, replyToId: "17" });
    assert.ok(!("text" in submit));
    assert.deepEqual(submit.value, { a: 1 });
    const start = meetingStart({ ...o, title: "Styremøte", startTime: "2025-11-03T09:00:00.000Z" });
    assert.deepEqual(Object.keys(rec(start.value)).sort(), ["Id", "JoinUrl", "MeetingType", "StartTime", "Title"]);
    assert.equal(rec(start.value).Id, chat.meetingId);
    assert.equal(rec(start.from).name, "");
    const join = participantJoin({ ...o, members: [{ person: people.member, role: "Presenter" }, { person: people.anonymous }] });
    assert.ok(!("id" in join));
    const members = (rec(join.value).members as unknown[]).map((m) => rec(m));
    assert.deepEqual(
      members.map((m) => [rec(m.user).id, rec(m.meeting).role, rec(m.meeting).inMeeting]),
      [
        [people.member.id, "Presenter", true],
        [people.anonymous.id, "Attendee", true],
      ],
    );
    assert.equal(rec(members[1]?.user).aadObjectId, undefined);
    const leave = participantLeave({ ...o, members: [{ person: people.member }] });
    assert.deepEqual(rec(rec((rec(leave.value).members as unknown[])[0]).meeting), { inMeeting: false });
    const added = botAdded(o);
    assert.deepEqual(added.membersAdded, [{ id: BOT.id }]);
    const install = installed(o);
    assert.deepEqual([install.type, install.action], ["installationUpdate", "add"]);
    assert.equal(rec(rec(rec(install.channelData).settings).selectedChannel).id, chat.conversationId);
    const personalInstall = installed({ serviceUrl, chat: personalChat(people.member), from: people.member });
    assert.match(String(rec(rec(rec(personalInstall.channelData).settings).selectedChannel).id), /@unq\.gbl\.spaces$/);
  });
});

describe("harness: cards and click", () => {
  let standIn: ConnectorStandIn;
  let fakeBot: http.Server;
  let botUrl = "";
  const received: Array<Record<string, unknown>> = [];
  const chat = meetingChat(9);

  before(async () => {
    standIn = await ConnectorStandIn.start();
    fakeBot = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const activity = rec(JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown);
        received.push(activity);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ path: req.url, type: activity.type }));
      });
    });
    await new Promise<void>((resolve) => fakeBot.listen(0, "127.0.0.1", resolve));
    const address = fakeBot.address();
    assert.ok(address !== null && typeof address !== "string");
    botUrl = `http://127.0.0.1:${address.port}`;
  });
  after(async () => {
    await standIn.close();
    await new Promise<void>((resolve) => {
      fakeBot.close(() => resolve());
      fakeBot.closeAllConnections();
    });
  });

  it("finds an action nested in an ActionSet inside a Container, by title or verb, and lists actions when missing", () => {
    const c = rec(adaptiveCardsOf(card("x"))[0]);
    assert.equal(findAction(c, "Godkjenn").verb, "referat.approve");
    assert.equal(findAction(c, "referat.approve").title, "Godkjenn");
    assert.equal(findAction(c, "Åpne").type, "Action.OpenUrl");
    assert.throws(
      () => findAction(c, "Avvis"),
      /no action titled or with verb "Avvis"[\s\S]*Action\.Execute "Godkjenn" \(verb referat\.approve\)/,
    );
  });

  it("clicks Action.Execute as an adaptiveCard/action invoke with merged inputs, on the latest card state", async () => {
    const url = `${standIn.url}v3/conversations/${encodeURIComponent(chat.conversationId)}/activities`;
    const sent = rec((await call("POST", url, card("gammel"))).body);
    await call("PUT", `${url}/${String(sent.id)}`, card("ny"));
    const latest = lastCard(standIn, chat.conversationId);
    assert.equal(latest.activityId, sent.id);
    assert.equal(rec((latest.card.body as unknown[])[0]).text, "ny");

    const build: BuildOptions = { serviceUrl: standIn.url, chat, from: people.member };
    const result = await click({ botUrl, standIn, build, action: "Godkjenn", inputs: { comment: "endret", empty: "" } });
    assert.equal(result.status, 200);
    assert.deepEqual(result.body, { path: "/api/messages", type: "invoke" });
    const invoke = rec(received.at(-1));
    assert.deepEqual(
      [invoke.type, invoke.name, invoke.replyToId, invoke.serviceUrl],
      ["invoke", "adaptiveCard/action", sent.id, standIn.url],
    );
    assert.deepEqual(rec(invoke.value), {
      action: {
        type: "Action.Execute",
        title: "Godkjenn",
        verb: "referat.approve",
        data: { referatId: "42", comment: "endret", present: "true" },
      },
      trigger: "manual",
    });
    assert.equal(rec(invoke.from).id, people.member.id);
    assert.equal(rec(invoke.conversation).id, chat.conversationId);
    await assert.rejects(click({ botUrl, standIn, build, action: "Godkjenn", inputs: { nope: "x" } }), /nope are not on the card/);
  });

  it("clicks Action.Submit as a message with value and no text", async () => {
    const build: BuildOptions = { serviceUrl: standIn.url, chat, from: people.chair };
    const result = await click({ botUrl, standIn, build, action: "Send inn", inputs: { present: false } });
    assert.equal(result.status, 200);
    const submitted = rec(received.at(-1));
    assert.equal(submitted.type, "message");
    assert.ok(!("text" in submitted));
    assert.deepEqual(submitted.value, { action: "submit", comment: "ser bra ut", present: "false" });
    assert.equal(submitted.replyToId, lastCard(standIn, chat.conversationId).activityId);
    await assert.rejects(click({ botUrl, standIn, build, action: "Åpne" }), /does not send anything to the bot/);
  });
});
