/**
 * Teams retries an activity it did not see answered, with the same activity id. Every card verb
 * and every command form, delivered twice, must change storage once and show the user nothing twice.
 */
import assert from "node:assert/strict";
import { postActivity } from "../../scripts/replay/bot-client";
import type { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { actionScenarios, coverageGaps, importScenarioGroups, performerOf, type ActionScenario } from "../support/action-scenarios";
import { snapshotChanges, snapshotShape, storageSnapshot } from "../support/storage-snapshot";

/**
 * Each scenario: "changes" (the first delivery must change storage, the second nothing) or
 * "read-only" (neither may write). A read-only command's answer is a fresh answer to a question
 * and may come again; anything else the second delivery posts would be a visible duplicate.
 */
const expected: Record<string, "changes" | "read-only"> = {
  "help.show": "read-only",
  "meeting.next": "changes",
  "meeting.previous": "changes",
  "meeting.goto": "changes",
  "meeting.note": "changes",
  "meeting.decision": "changes",
  "meeting.end": "changes",
  "meeting.details": "changes",
  innledning: "changes",
  sakspapirer: "changes",
  arkivref: "changes",
  "meeting.followUp": "changes",
  "followup.status (meeting card)": "changes",
  "followup.refresh": "read-only",
  "followup.status": "changes",
  "followup.deadline": "changes",
  oppfølging: "read-only",
  "oppfølging (ny)": "changes",
  personvern: "read-only",
  "personvern innsyn": "read-only",
  "personvern slett": "read-only",
  "personvern rett": "read-only",
  "personvern.erase": "read-only",
  "archive.page": "read-only",
  "archive.download": "read-only",
  "referat.draft": "read-only",
  "notice.absent": "changes",
  "notice.coming": "changes",
  "notice.refresh": "read-only",
  "referat arkiv": "read-only",
  "meeting.refresh": "read-only",
  "agenda.edit": "read-only",
  "agenda.save": "changes",
  "agenda.standing": "read-only",
  "setup.edit": "read-only",
  "setup.save": "changes",
  "setup.save (annen gruppe)": "changes",
  "setup.link": "changes",
  "setup.link (koblet chat)": "changes",
  "setup.create": "changes",
  "setup.create (koblet chat)": "read-only",
  "attendance.checkIn": "changes",
  "attendance.municipality": "changes",
  "attendance.manage": "read-only",
  "attendance.add": "changes",
  "attendance.absent": "changes",
  "attendance.remove": "changes",
  "roundtable.form": "read-only",
  "roundtable.submit": "changes",
  "roundtable.deadline": "changes",
  "roundtable.restore": "changes",
  "roundtable.confirm": "changes",
  hjelp: "read-only",
  "oppsett (vis)": "read-only",
  "oppsett (ny faggruppe)": "changes",
  møte: "read-only",
  "møte ny": "changes",
  agenda: "read-only",
  oppmøte: "changes",
  "oppmøte legg til": "changes",
  "oppmøte fjern": "changes",
  forfall: "changes",
  rundebord: "changes",
  "rundebord lukk": "changes",
  "rundebord påminn": "changes",
  "rundebord frist": "changes",
  innkalling: "changes",
  "rundebord påminnelser av": "changes",
  start: "changes",
  "start nå": "changes",
  neste: "changes",
  forrige: "changes",
  sak: "changes",
  notat: "changes",
  vedtak: "changes",
  avslutt: "changes",
  referat: "changes",
  "referat godkjenn": "changes",
};

describe("duplicate deliveries: every card verb and command, delivered twice, changes state once", function () {
  this.timeout(60_000);
  let running: RunningBot;
  const figures = { scenarios: 0, deliveries: 0, documents: 0 };

  /**
   * Everything stored but the download links: each view of a card with "Last ned" (the archive, a draft
   * for its leaders) mints its own 24-hour links for the viewer, as a fresh answer does; no user's data is in them.
   */
  const snapshot = async () => new Map([...(await storageSnapshot(running.storage))].filter(([key]) => !key.startsWith("downloadLinks/")));

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importScenarioGroups(running.storage.env);
  });
  after(async () => {
    console.log(`      ${figures.scenarios} scenarios, ${figures.deliveries} deliveries, ${figures.documents} document comparisons`);
    await running?.stop();
  });

  it("has a scenario and an expectation for every card verb and every command form in the code", () => {
    assert.deepEqual(coverageGaps(expected), { actionsWithoutScenario: [], scenariosWithoutEntry: [], entriesWithoutScenario: [] });
  });

  for (const scenario of actionScenarios) {
    const expectation = expected[scenario.name];
    it(`${scenario.name} (${expectation ?? "no expectation"})`, async () => {
      assert.ok(expectation, `no expectation for ${scenario.name}`);
      const flow = await scenario.prepare(running);
      const conversationId = flow.chat.conversationId;
      const activity = scenario.activity(flow, performerOf(scenario, flow), flow.chat);
      const posted = () => running.standIn.recorded(conversationId).filter((a) => a.operation !== "update" && a.operation !== "delete");

      const before = await snapshot();
      const postedBefore = posted().length;
      const first = await postActivity(running.bot.url, activity);
      if (expectation === "changes") assert.equal(first.status, 200, first.text);
      else assert.ok(first.status < 500, first.text);
      const afterFirst = await snapshot();
      const postedAfterFirst = posted().length;
      const second = await postActivity(running.bot.url, activity);
      assert.equal(second.status, first.status, `the retry is answered like the first delivery: ${second.text}`);
      const afterSecond = await snapshot();
      figures.scenarios++;
      figures.deliveries += 2;
      figures.documents += afterFirst.size + afterSecond.size;

      const byFirst = snapshotChanges(before, afterFirst);
      if (expectation === "changes") assert.notDeepEqual(byFirst, [], "the first delivery changes storage");
      else assert.deepEqual(byFirst, [], "a read-only action writes nothing");
      assert.deepEqual(snapshotChanges(afterFirst, afterSecond), [], "the second delivery changes nothing");

      const repeated = posted()
        .slice(postedAfterFirst)
        .map((a) => (typeof a.activity.text === "string" ? a.activity.text : JSON.stringify(a.activity.attachments).slice(0, 120)));
      if (expectation === "changes") assert.deepEqual(repeated, [], "the second delivery posts nothing new in the chat");
      else assert.ok(repeated.length <= postedAfterFirst - postedBefore, "a read-only answer comes at most once more");
    });
  }

  // Teams retries when the answer is late, so the retry may arrive while the first is still running.
  for (const scenario of actionScenarios.filter((s) => expected[s.name] === "changes")) {
    it(`${scenario.name}, delivered twice at the same moment: the documents and messages of one delivery`, async () => {
      const once = await deliveredTo(scenario, await scenario.prepare(running), 1);
      const twice = await deliveredTo(scenario, await scenario.prepare(running), 2);
      assert.deepEqual(twice.shape, once.shape, "the same documents and fields as one delivery");
      assert.deepEqual(twice.posted, once.posted, "as many messages as one delivery");
    });
  }

  /** Delivers the scenario's activity `times` times at once: what kinds of documents changed, what was posted. */
  async function deliveredTo(scenario: ActionScenario, flow: MeetingFlow, times: number): Promise<{ shape: string[]; posted: string[] }> {
    const activity = scenario.activity(flow, performerOf(scenario, flow), flow.chat);
    const posts = () => running.standIn.recorded(flow.chat.conversationId).filter((a) => a.operation === "send" || a.operation === "reply");
    const before = await storageSnapshot(running.storage);
    const postsBefore = posts().length;
    const answers = await Promise.all(Array.from({ length: times }, () => postActivity(running.bot.url, activity)));
    for (const answer of answers) assert.equal(answer.status, 200, answer.text);
    figures.deliveries += times;
    return {
      shape: snapshotShape(before, await storageSnapshot(running.storage)),
      posted: posts()
        .slice(postsBefore)
        .map((a) => (typeof a.activity.text === "string" ? "text" : "card")),
    };
  }
});
