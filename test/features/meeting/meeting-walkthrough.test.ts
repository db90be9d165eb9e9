import assert from "node:assert/strict";
import type { Meeting } from "../../../src/shared/meeting/meeting";
import { meetingChat, meetingEnd, people } from "../../../scripts/replay/activities";
import { postActivity } from "../../../scripts/replay/bot-client";
import { adaptiveCardsOf } from "../../../scripts/replay/connector-standin";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { eventually } from "../../support/eventually";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importTestGroup, runningMeeting, TEST_GROUP_ID } from "../../support/test-group";

/** The current state of one message's card in the chat. */
function cardOfMessage(flow: MeetingFlow, activityId: string): { activityId: string; card: Record<string, unknown> } {
  const message = flow.standIn.messages(flow.chat.conversationId).find((m) => m.activityId === activityId);
  const card = message && adaptiveCardsOf(message.activity)[0];
  assert.ok(card, `message ${activityId} carries a card`);
  return { activityId, card };
}

describe("the chair's agenda walk-through, over HTTP", () => {
  let running: RunningBot;
  const readMeeting = async (flow: MeetingFlow): Promise<Meeting & { _etag: string }> => {
    const { resource } = await running.storage
      .container("meetings")
      .item("meeting", flow.chat.meetingId ?? "")
      .read<Meeting & { _etag: string }>();
    assert.ok(resource, "the meeting is stored");
    return resource;
  };

  before(async () => {
    running = await startRunningBot();
    assert.match(
      await importTestGroup(running.storage.env),
      /Imported group "Osloregionens faggruppe for Næringssamarbeid" \(naering-test\): 3 municipalities, 3 members, 2 role holders/,
    );
  });
  after(async () => running?.stop());

  it("a full meeting: start event, setup, agenda, notes by click and command, Neste to the end, end event", async () => {
    const flow = await runningMeeting(running, 31);
    let meeting = await readMeeting(flow);
    assert.equal(meeting.status, "running");
    assert.equal(meeting.actual.start, "2025-09-11T08:00:00.000Z");
    assert.equal(meeting.title, "Faggruppemøte Næringssamarbeid");
    assert.equal(meeting.groupId, TEST_GROUP_ID);
    assert.equal(meeting.roles.chair?.aadObjectId, people.chair.aadObjectId);
    assert.deepEqual(
      meeting.agenda.map((item) => [item.title, item.roundTableTopic]),
      [
        ["Godkjenning av innkalling og dagsorden", undefined],
        ["Handlingsprogram 2026", undefined],
        ["Runde rundt bordet – Entreprenørskap og scale-up", "Entreprenørskap og scale-up"],
      ],
    );

    // The shared card is read-only; the chair fetches their own view with the controls.
    const shared = cardOfMessage(flow, flow.messageWith("meeting.refresh"));
    assert.ok(!JSON.stringify(shared.card).includes("meeting.next"), "participants see no Neste");
    assert.deepEqual((shared.card.refresh as { userIds: string[] }).userIds.includes(people.chair.id), true);
    let chairView = MeetingFlow.cardOf(await flow.click(people.chair, "Vis for møteleder og sekretær", { on: "meeting.refresh" }));
    assert.match(JSON.stringify(chairView), /meeting\.next/);
    chairView = MeetingFlow.cardOf(
      await flow.click(people.chair, "Legg til notat", {
        card: chairView,
        inputs: { noteText: "Innkalling og dagsorden ble godkjent uten merknader." },
      }),
    );
    assert.equal(await flow.ask(people.secretary, "vedtak Godkjent"), "Vedtak lagt til sak 1.");
    chairView = MeetingFlow.cardOf(await flow.click(people.chair, "Neste", { card: chairView }));
    assert.match(JSON.stringify(chairView), /Sak 2 av 3/);
    assert.equal(await flow.ask(people.chair, "notat Faggruppen foreslår fire temaer"), "Notat lagt til sak 2.");
    assert.equal(await flow.ask(people.chair, "neste"), "Sak 3: Runde rundt bordet – Entreprenørskap og scale-up");
    assert.equal(await flow.ask(people.chair, "neste"), "Dette er siste sak.");
    assert.equal(await flow.ask(people.chair, "sak 99"), "Det finnes ingen sak med det nummeret.");
    assert.equal(await flow.ask(people.chair, `notat ${"x".repeat(2001)}`), "Notatet er for langt (høyst 2000 tegn).");
    assert.equal(await flow.ask(people.chair, "notat"), "Skriv teksten etter kommandoen, f.eks. «notat Innkalling godkjent».");

    assert.equal(
      (await postActivity(running.bot.url, meetingEnd({ ...flow.as(people.secretary), endTime: "2025-09-11T10:30:00Z" }))).status,
      200,
    );
    meeting = await readMeeting(flow);
    assert.equal(meeting.status, "ended");
    assert.deepEqual(meeting.actual, { start: "2025-09-11T08:00:00.000Z", end: "2025-09-11T10:30:00.000Z" });
    assert.equal(meeting.currentIndex, 2);
    assert.deepEqual(
      meeting.agenda.map((item) => item.notes.map((note) => [note.kind, note.text, note.author])),
      [
        [
          ["note", "Innkalling og dagsorden ble godkjent uten merknader.", people.chair.name],
          ["decision", "Godkjent", people.secretary.name],
        ],
        [["note", "Faggruppen foreslår fire temaer", people.chair.name]],
        [],
      ],
    );

    const finalCard = await eventually(() => {
      const shown = cardOfMessage(flow, shared.activityId);
      assert.match(JSON.stringify(shown.card), /Møtet er avsluttet/);
      return shown;
    });
    const meetingCards = flow.standIn
      .messages(flow.chat.conversationId)
      .filter((m) => JSON.stringify(m.activity).includes('"verb":"meeting.refresh"'));
    assert.deepEqual(
      meetingCards.map((m) => m.activityId),
      [shared.activityId],
      "the one shared message was updated in place, not reposted",
    );
    const text = JSON.stringify(finalCard.card);
    assert.match(text, /Møtet er avsluttet/);
    // The date is escaped so that "11." is not read as a numbered list item.
    assert.match(text, /"11\\\\\. september 2025, kl\. 10:00-12:30"/);
    assert.equal((text.match(/✓/g) ?? []).length, 3);
    assert.deepEqual(adaptiveCardErrors(finalCard.card), []);
    assert.deepEqual(adaptiveCardErrors(chairView), []);
  });

  it("a participant's Neste click and `neste` command are refused, and nothing changes", async () => {
    const flow = await runningMeeting(running, 32);
    const before = await readMeeting(flow);
    const click = await flow.invoke(people.member, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 0 });
    assert.equal(click.status, 403);
    assert.deepEqual((click.body as { value: unknown }).value, {
      code: "Forbidden",
      message: "Bare møteleder og sekretær kan gjøre dette.",
    });
    assert.equal(await flow.ask(people.member, "neste"), "Bare møteleder og sekretær kan gjøre dette.");
    assert.equal(await flow.ask(people.anonymous, "avslutt"), "Bare møteleder og sekretær kan gjøre dette.");
    const editor = await flow.invoke(people.member, "agenda.edit", { meetingId: flow.chat.meetingId });
    assert.equal(editor.status, 403);
    const after = await readMeeting(flow);
    assert.equal(after._etag, before._etag, "the meeting document was not written");
  });

  it("the same Neste delivered twice advances once; two concurrent Neste on the same item advance once", async () => {
    const flow = await runningMeeting(running, 33);
    const first = await flow.invoke(people.chair, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 0 }, "f:retry-1");
    const retry = await flow.invoke(people.chair, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 0 }, "f:retry-1");
    assert.equal(first.status, 200);
    assert.equal(retry.status, 200);
    assert.equal((await readMeeting(flow)).currentIndex, 1);

    const both = await Promise.all([
      flow.invoke(people.chair, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 1 }, "f:phone"),
      flow.invoke(people.chair, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 1 }, "f:laptop"),
    ]);
    assert.deepEqual(
      both.map((r) => r.status),
      [200, 200],
    );
    assert.equal((await readMeeting(flow)).currentIndex, 2);
    for (const response of both)
      assert.match(JSON.stringify(MeetingFlow.cardOf(response)), /Sak 3 av 3/, "both devices show the current state");
  });

  it("a card from another chat cannot steer this meeting", async () => {
    const flow = await runningMeeting(running, 34);
    const other = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(35));
    const forged = await other.invoke(people.chair, "meeting.next", { meetingId: flow.chat.meetingId, shownIndex: 0 });
    assert.equal(forged.status, 404);
    assert.equal((await readMeeting(flow)).currentIndex, 0);
  });
});
