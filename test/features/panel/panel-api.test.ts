import assert from "node:assert/strict";
import { DEFAULT_TENANT_ID } from "../../../scripts/replay/payloads";
import { guidFrom, mriFrom } from "../../../scripts/replay/chats";
import { runningMeeting } from "../../support/test-group";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { eventually } from "../../support/eventually";
import { PANEL_BUDGET_BYTES } from "../../../bench/panel-budget";
import type { Person } from "../../../scripts/replay/activities";
import { chair, member, other, secretary, SSO_APP_ID_URI, startPanelBots, type PanelBots } from "./panel-harness";

const OTHER_TENANT = "00000000-1111-4222-8333-444444444444";

interface Answer {
  status: number;
  etag: string | null;
  body: Record<string, unknown>;
}

/**
 * The panel's API over HTTP, with Entra tokens signed by a stand-in for Entra: who may see and do what.
 * Bot Framework authentication is off here (the chat is driven as in the other tests); the panel's is on.
 */
describe("meeting side panel API: only a valid Entra token for the app, and the roles the cards have", function () {
  this.timeout(60_000);
  let bots: PanelBots;
  let flow: MeetingFlow;

  before(async function () {
    this.timeout(120_000);
    bots = await startPanelBots(1, { ALLOWED_TENANTS: DEFAULT_TENANT_ID });
    flow = await runningMeeting(bots.running, 7001);
  });
  after(() => bots?.stop());

  const url = (path: string) => `${bots.bots[0]?.url}${path}`;
  const chatId = () => flow.chat.conversationId;
  const state = async (authorization?: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(url(`/api/panel/state?chatId=${encodeURIComponent(chatId())}`), {
      headers: { ...(authorization ? { authorization } : {}), ...headers },
    });
    const text = await response.text();
    return { status: response.status, etag: response.headers.get("etag"), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const act = async (authorization: string, action: Record<string, unknown>): Promise<Answer> => {
    const response = await fetch(url("/api/panel/action"), {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({ chatId: chatId(), requestId: crypto.randomUUID(), action }),
    });
    return { status: response.status, etag: null, body: (await response.json()) as Record<string, unknown> };
  };
  const bearer = (token: string) => `Bearer ${token}`;

  const refused: Array<[string, () => string | undefined]> = [
    ["no token", () => undefined],
    ["an expired token", () => bearer(bots.token(chair, { expiresInSeconds: -600 }))],
    ["a token for another app", () => bearer(bots.token(chair, { audience: "0b3c7a9e-7d52-4f8e-9a51-2f8a6d1c9e11" }))],
    [
      "a token from another tenant's issuer",
      () => bearer(bots.token(chair, { issuer: "https://login.microsoftonline.com/00000000-1111-4222-8333-444444444444/v2.0" })),
    ],
    [
      "a token of a tenant not allowed (ALLOWED_TENANTS)",
      () => bearer(bots.token(chair, { tid: OTHER_TENANT, issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })),
    ],
    ["an unsigned token", () => bearer(bots.token(chair, { signer: "none" }))],
    ["a token signed by a key Entra did not publish", () => bearer(bots.token(chair, { signer: "unknown" }))],
    ["a token signed by another key under Entra's key id", () => bearer(bots.token(chair, { signer: "impostor" }))],
  ];
  for (const [kind, authorization] of refused) {
    it(`${kind}: 401, and nothing of the meeting in the answer`, async () => {
      const answer = await state(authorization());
      assert.equal(answer.status, 401);
      assert.deepEqual(answer.body, { error: "unauthorized" });
      const action = await act(authorization() ?? "", { verb: "meeting.next", shownIndex: 0 });
      assert.equal(action.status, 401);
    });
  }

  it("a token for the app ID URI (v1) or the client id (v2) shows the chair the meeting as it stands", async () => {
    for (const audience of [SSO_APP_ID_URI, undefined]) {
      const answer = await state(bearer(bots.token(chair, audience ? { audience } : {})));
      assert.equal(answer.status, 200);
      const meeting = answer.body.meeting as { title: string; agenda: Array<{ state: string; title: string }> };
      assert.equal(meeting.title, "Faggruppemøte Næringssamarbeid");
      assert.deepEqual(
        meeting.agenda.map((item) => item.state),
        ["current", "upcoming", "upcoming"],
      );
      assert.deepEqual(answer.body.you, { name: chair.name, role: "chair", leader: true });
    }
  });

  it("an unchanged state is 304 without a body; a change anywhere gives a new version", async () => {
    const authorization = bearer(bots.token(member));
    const first = await state(authorization);
    assert.ok(first.etag);
    const again = await fetch(url(`/api/panel/state?chatId=${encodeURIComponent(chatId())}`), {
      headers: { authorization, "if-none-match": first.etag },
    });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
    await flow.ask(chair, "notat Fra chatten");
    const changed = await state(authorization, { "if-none-match": first.etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.etag, first.etag);
  });

  it("the chair adds a follow-up and a decision from the panel: the state shows them, and the follow-up is the group's", async () => {
    const authorization = bearer(bots.token(chair));
    const deadline = `${new Date().getFullYear() + 1}-03-01`;
    const added = await act(authorization, {
      verb: "meeting.followUp",
      followUpText: "Invitere Innovasjon Norge",
      followUpResponsible: "Sekretariatet",
      followUpDeadline: deadline,
      shownIndex: 0,
    });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.match(String(added.body.message), /Invitere Innovasjon Norge/);
    assert.equal((await act(authorization, { verb: "meeting.decision", noteText: "Vedtatt fra panelet", shownIndex: 0 })).status, 200);
    const after = await state(bearer(bots.token(member)));
    const followUps = after.body.followUps as Array<{ text: string; responsible?: string }>;
    assert.ok(followUps.some((f) => f.text === "Invitere Innovasjon Norge" && f.responsible === "Sekretariatet"));
    const meeting = after.body.meeting as { agenda: Array<{ notes: Array<{ kind: string; text: string; author: string }> }> };
    assert.deepEqual(meeting.agenda[0]?.notes.at(-1), { kind: "decision", text: "Vedtatt fra panelet", author: chair.name });
  });

  it("a participant's token on a leaders' action: 403 with the reason, and the meeting does not move", async () => {
    const answer = await act(bearer(bots.token(member)), { verb: "meeting.next", shownIndex: 0 });
    assert.equal(answer.status, 403);
    assert.match(String(answer.body.error), /møteleder|sekretær/i);
    const after = await state(bearer(bots.token(chair)));
    assert.equal((after.body.meeting as { currentIndex: number }).currentIndex, 0);
  });

  it("someone with a valid token who is neither in the group nor in the chat's roster: 403, shown nothing", async () => {
    const answer = await state(bearer(bots.token(other)));
    assert.equal(answer.status, 403);
    assert.equal(answer.body.meeting, undefined);
  });

  it("the page: framed only by Teams' hosts, no inline script, its bundle gzipped and within budget", async () => {
    const page = await fetch(url("/panel"));
    assert.equal(page.status, 200);
    const policy = page.headers.get("content-security-policy") ?? "";
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /frame-ancestors https:\/\/teams\.microsoft\.com /);
    assert.doesNotMatch(policy, /frame-ancestors[^;]*(\*;|\* |http:)/);
    const html = await page.text();
    assert.deepEqual(
      [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
      ['<script src="/panel/assets/panel.js" defer>'],
    );
    assert.match(html, /<script src="\/panel\/assets\/panel\.js" defer><\/script>/, "the script element is empty");
    let compressed = 0;
    for (const asset of ["panel.js", "panel.css"]) {
      const response = await fetch(url(`/panel/assets/${asset}`), { headers: { "accept-encoding": "gzip" } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("content-encoding"), "gzip");
      compressed += Number(response.headers.get("content-length"));
    }
    assert.ok(compressed <= PANEL_BUDGET_BYTES, `${compressed} bytes compressed`);
    assert.equal((await fetch(url("/panel/assets/..%2F..%2Fpackage.json"))).status, 404);
  });

  it("a chat the bot is not in: 404", async () => {
    const unknown = await fetch(url(`/api/panel/state?chatId=${encodeURIComponent("19:meeting_ukjent@thread.v2")}`), {
      headers: { authorization: bearer(bots.token(chair)) },
    });
    assert.equal(unknown.status, 404);
  });

  it("someone in the chat's roster but not in the group sees the panel as a participant, named as Teams names them", async () => {
    const guest = { id: mriFrom("panel-guest"), name: "Siri Gjest", aadObjectId: guidFrom("panel-guest") };
    assert.equal((await state(bearer(bots.token(guest)))).status, 403, "not in the roster yet");
    bots.standIn.setMembers(chatId(), [{ id: guest.id, name: guest.name, aadObjectId: guest.aadObjectId }]);
    const fresh = { ...guest, aadObjectId: guidFrom("panel-guest-2"), id: mriFrom("panel-guest-2") };
    bots.standIn.setMembers(chatId(), [{ id: fresh.id, name: fresh.name, aadObjectId: fresh.aadObjectId }]);
    const answer = await state(bearer(bots.token(fresh, { name: "Token-navn" })));
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.you, { name: "Siri Gjest", role: "participant", leader: false });
  });
});

describe("meeting side panel API: its Cosmos requests, polls shared and actions as cheap as card clicks", function () {
  this.timeout(60_000);
  let bots: PanelBots;
  let flow: MeetingFlow;

  before(async function () {
    this.timeout(120_000);
    bots = await startPanelBots();
    flow = await runningMeeting(bots.running, 7002);
  });
  after(() => bots?.stop());

  /** All Cosmos requests from the action until the shared meeting card has been updated in the chat (and 300 ms of quiet). */
  const cost = async (act: () => Promise<void>): Promise<{ total: number; writes: number; kinds: string }> => {
    const updates = () => bots.standIn.recorded(flow.chat.conversationId).filter((a) => a.operation === "update").length;
    const before = bots.storage.requests.snapshot();
    const updatesBefore = updates();
    await act();
    await eventually(() => assert.ok(updates() > updatesBefore), 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { pointReads, writes, queries } = bots.storage.requests.since(before);
    return { total: pointReads + writes + queries, writes, kinds: `${pointReads} point reads, ${writes} writes, ${queries} queries` };
  };

  it("many panels of one meeting polling at once cost what one panel's poll costs (their reads are shared per instance)", async () => {
    const poll = (person: Person) =>
      fetch(`${bots.bots[0]?.url}/api/panel/state?chatId=${encodeURIComponent(flow.chat.conversationId)}`, {
        headers: { authorization: `Bearer ${bots.token(person)}` },
      }).then((response) => assert.equal(response.status, 200));
    const requestsOf = async (polls: () => Promise<unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 700)); // older than what the panels share
      const before = bots.storage.requests.snapshot();
      await polls();
      const { pointReads, queries, writes } = bots.storage.requests.since(before);
      return pointReads + queries + writes;
    };
    await poll(chair);
    const one = await requestsOf(() => poll(member));
    const four = await requestsOf(() => Promise.all([chair, secretary, member, chair].map(poll)));
    console.log(`      Cosmos requests: one panel's poll ${one}, four panels' polls at once ${four}`);
    assert.ok(one <= 5, `one poll: ${one}`);
    assert.equal(four, one);
  });

  it("a note from the panel and from the meeting card", async () => {
    const byCard = await cost(async () => {
      MeetingFlow.cardOf(
        await flow.invoke(chair, "meeting.note", { meetingId: flow.chat.meetingId, shownIndex: 0, noteText: "Fra kortet" }),
      );
    });
    // An open panel has polled its state before anyone presses a button in it.
    const polled = await fetch(`${bots.bots[0]?.url}/api/panel/state?chatId=${encodeURIComponent(flow.chat.conversationId)}`, {
      headers: { authorization: `Bearer ${bots.token(chair)}` },
    });
    assert.equal(polled.status, 200);
    const byPanel = await cost(async () => {
      const response = await fetch(`${bots.bots[0]?.url}/api/panel/action`, {
        method: "POST",
        headers: { authorization: `Bearer ${bots.token(chair)}`, "content-type": "application/json" },
        body: JSON.stringify({
          chatId: flow.chat.conversationId,
          requestId: crypto.randomUUID(),
          action: { verb: "meeting.note", shownIndex: 0, noteText: "Fra panelet" },
        }),
      });
      assert.equal(response.status, 200);
    });
    console.log(`      Cosmos requests for a note: card ${byCard.total} (${byCard.kinds}), panel ${byPanel.total} (${byPanel.kinds})`);
    assert.equal(byPanel.writes, 1, "the panel's note is written once");
    assert.ok(byPanel.total <= byCard.total, `panel ${byPanel.total} > card ${byCard.total}`);
  });
});
