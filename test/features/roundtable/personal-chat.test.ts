import assert from "node:assert/strict";
import { people, personalChat } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { representative } from "../../support/crowd-group";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting } from "../../support/test-group";
import type { RoundTableEntry } from "../../../src/features/roundtable/roundtable";

describe("round table from a 1:1 chat with the bot", function () {
  this.timeout(60_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(async () => running?.stop());

  it("a representative lists the open round tables of their groups, submits from there, and the meeting chat's card updates", async () => {
    const meeting = await linkedMeeting(running, 41, { started: false });
    assert.match(await meeting.ask(people.chair, "rundebord Status"), /er åpnet/);
    // The meeting's start is unknown: a deadline lies within two years of today, typed or from the card.
    const tooFar = "Fristen kan ikke være mer enn to år fram i tid.";
    assert.equal(await meeting.ask(people.chair, "rundebord frist 31.12.9999 kl. 23:59"), tooFar);
    const fromCard = await meeting.invoke(people.chair, "roundtable.deadline", {
      meetingId: meeting.chat.meetingId,
      deadlineDate: "9999-12-31",
      deadlineTime: "23:59",
    });
    assert.match(fromCard.text, new RegExp(tooFar));
    const nextYear = new Date().getFullYear() + 1;
    assert.match(
      await meeting.ask(people.chair, `rundebord frist 1. desember ${nextYear} kl. 12:00`),
      /satt til \p{L}+ 1\. desember kl\. 12:00/u,
    );

    const personal = new MeetingFlow(() => running.bot.url, running.standIn, personalChat(people.member));
    await personal.say(people.member, "rundebord");
    const listMessage = await running.standIn.waitFor(
      (a) => a.conversationId === personal.chat.conversationId && JSON.stringify(a.activity).includes("roundtable.form"),
    );
    const list = (listMessage.activity.attachments as Array<{ content: Record<string, unknown> }>)[0]?.content ?? {};
    assert.deepEqual(adaptiveCardErrors(list), []);
    const shown = JSON.stringify(list);
    for (const expected of ["Dine åpne runder rundt bordet", "Runde rundt bordet – Status", "Osloregionens faggruppe for Næringssamarbeid"])
      assert.ok(shown.includes(expected), expected);
    assert.match(shown, /"title":"Kongsvinger","value":"venter"/);
    assert.match(shown, /\p{L}+ 1\. desember kl\. 12:00/u);

    const form = MeetingFlow.cardOf(await personal.click(people.member, "Send inn", { on: "roundtable.form" }));
    assert.match(JSON.stringify(form), /Status for Kongsvinger/);
    const before = running.standIn.recorded(meeting.chat.conversationId).length;
    const answer = MeetingFlow.cardOf(
      await personal.click(people.member, "Send inn", { card: form, inputs: { entryText: "• Nytt gründerhus åpner i høst" } }),
    );
    assert.match(JSON.stringify(answer), /1 av 3 har levert/);

    const { resources } = await running.storage
      .container("meetings")
      .items.query<RoundTableEntry>({
        query: "SELECT * FROM c WHERE c.docType = 'roundTableEntry' AND c.meetingId = @m",
        parameters: [{ name: "@m", value: meeting.chat.meetingId ?? "" }],
      })
      .fetchAll();
    assert.deepEqual(
      resources.map((e) => [e.municipality, e.bullets.map((b) => b.text), e.contributors.map((c) => c.name)]),
      [["Kongsvinger", ["Nytt gründerhus åpner i høst"], [people.member.name]]],
    );
    const updated = await running.standIn.waitFor(
      (a) =>
        a.conversationId === meeting.chat.conversationId &&
        a.operation === "update" &&
        JSON.stringify(a.activity).includes("1 av 3 har levert"),
    );
    assert.equal(updated.activityId, meeting.messageWith("roundtable.form"), "the meeting chat's one shared card");
    assert.ok(running.standIn.recorded(meeting.chat.conversationId).length > before);
    assert.equal(
      running.standIn.recorded(meeting.chat.conversationId).filter((a) => a.operation === "send" || a.operation === "reply").length,
      running.standIn
        .recorded(meeting.chat.conversationId)
        .slice(0, before)
        .filter((a) => a.operation !== "update").length,
      "nothing new posted in the meeting chat",
    );
  });

  it("someone in no group is told so; a forged click from their 1:1 chat finds no meeting; nothing is stored", async () => {
    const outsider = representative("utenfor-1", "Ola Utenfor");
    const personal = new MeetingFlow(() => running.bot.url, running.standIn, personalChat(outsider));
    assert.equal(
      await personal.ask(outsider, "rundebord"),
      "Du står ikke som medlem av noen faggruppe. Be sekretæren legge deg til i gruppen (med kommune), så kan du sende inn herfra.",
    );
    const meeting = await linkedMeeting(running, 42, { started: false });
    await meeting.ask(people.chair, "rundebord Status");
    const response = await personal.invoke(outsider, "roundtable.submit", {
      meetingId: meeting.chat.meetingId,
      municipality: "Kongsvinger",
      entryText: "Kapret",
    });
    assert.equal(response.status, 404, response.text);
    const { resources } = await running.storage
      .container("meetings")
      .items.query({
        query: "SELECT * FROM c WHERE c.docType = 'roundTableEntry' AND c.meetingId = @m",
        parameters: [{ name: "@m", value: meeting.chat.meetingId ?? "" }],
      })
      .fetchAll();
    assert.deepEqual(resources, []);
  });
});
