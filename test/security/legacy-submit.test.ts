/**
 * Card data that arrives as a message (the legacy Action.Submit of older Teams clients, or a client
 * that sends it on purpose) names the message it replies to. That id is only what the client says:
 * the bot never writes a card answer over it — not the meeting card, not the shared round-table card,
 * not the archive card — and an answer meant for the clicker alone is not posted for everyone.
 */
import assert from "node:assert/strict";
import { cardSubmit, people, type Person } from "../../scripts/replay/activities";
import { postActivity } from "../../scripts/replay/bot-client";
import type { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { importTestGroup, runningMeeting } from "../support/test-group";

const NEWER_TEAMS = /^Denne versjonen av Teams kan ikke vise svaret på knappen\./;

describe("card data sent as a message answers only its own card, never over another", function () {
  this.timeout(60_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(async () => running?.stop());

  /** Sends `data` as a legacy Action.Submit replying to `replyToId`; what the bot did in the chat after it. */
  async function submit(flow: MeetingFlow, who: Person, data: Record<string, unknown>, replyToId: string) {
    const before = running.standIn.recorded(flow.chat.conversationId).length;
    const response = await postActivity(running.bot.url, cardSubmit({ ...flow.as(who), value: data, replyToId }));
    assert.equal(response.status, 200);
    await running.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && a.operation !== "update");
    const after = running.standIn.recorded(flow.chat.conversationId).slice(before);
    return {
      overwritten: after.filter((a) => a.operation === "update" && a.activityId === replyToId).map((a) => JSON.stringify(a.activity)),
      posted: after.filter((a) => a.operation !== "update").map((a) => JSON.stringify(a.activity)),
      said: after.map((a) => a.activity.text).filter((text): text is string => typeof text === "string"),
    };
  }

  it("a participant's archive.page replying to the meeting card: the meeting card stays, no archive is posted", async () => {
    const flow = await runningMeeting(running, 7101);
    const meetingCard = flow.messageWith("meeting.refresh");
    const answer = await submit(flow, people.member, { verb: "archive.page", meetingId: flow.chat.meetingId, offset: 0 }, meetingCard);
    assert.deepEqual(answer.overwritten, [], "nothing written over the meeting card");
    assert.ok(!answer.posted.some((json) => json.includes("Referatarkiv")), "no archive posted");
    assert.match(answer.said[0] ?? "", NEWER_TEAMS);
  });

  it("the chair's roundtable.form replying to the shared round-table card: «Tidligere versjoner» reaches no one", async () => {
    const flow = await runningMeeting(running, 7102);
    await flow.ask(people.secretary, "rundebord Status");
    for (const [entryText, baseRevision] of [
      ["• Første status", ""],
      ["• Rettet status", "1"],
    ] as const) {
      const saved = await flow.invoke(people.member, "roundtable.submit", {
        meetingId: flow.chat.meetingId,
        municipality: "Kongsvinger",
        formMunicipality: "Kongsvinger",
        baseRevision,
        entryText,
      });
      assert.equal(saved.status, 200, saved.text);
    }
    const shared = flow.messageWith("roundtable.form");
    const answer = await submit(
      flow,
      people.chair,
      { verb: "roundtable.form", meetingId: flow.chat.meetingId, municipality: "Kongsvinger" },
      shared,
    );
    assert.ok(!answer.overwritten.some((json) => json.includes("Tidligere versjoner")), "the shared card never shows the history");
    assert.ok(!answer.posted.some((json) => json.includes("Tidligere versjoner")), "nor does a new message");
    assert.match(answer.said[0] ?? "", NEWER_TEAMS);
  });

  it("the secretary's archive.download replying to the shared archive card: no draft link for everyone", async () => {
    const flow = await runningMeeting(running, 7103);
    await flow.ask(people.chair, "notat Budsjettet ble lagt fram");
    await flow.say(people.secretary, "referat");
    await flow.say(people.member, "referat arkiv");
    const archive = await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Referatarkiv"),
    );
    const answer = await submit(
      flow,
      people.secretary,
      { verb: "archive.download", meetingId: flow.chat.meetingId, entryMeetingId: flow.chat.meetingId, version: 1 },
      archive.activityId,
    );
    assert.deepEqual(answer.overwritten, [], "nothing written over the archive card");
    assert.ok(!answer.posted.some((json) => json.includes("/download/")), "no draft link posted");
    assert.match(answer.said[0] ?? "", NEWER_TEAMS);
  });
});
