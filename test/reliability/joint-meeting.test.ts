import assert from "node:assert/strict";
import { statusOf, type Attendee } from "../../src/features/attendance/attendee";
import { people } from "../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { leaderMembers, representative } from "../support/crowd-group";
import { factsOf, lastRecordedCard, textBlocksOf } from "../support/card-content";
import { eventually } from "../support/eventually";
import { meetingDocuments } from "../support/meeting-documents";
import { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { linkedMeeting } from "../support/test-group";
import { importGroupData } from "../../scripts/replay/run-group-import";

const JOINT_GROUP = "fellesmote";
const MUNICIPALITIES = Array.from({ length: 40 }, (_, i) => `Kommune ${String(i + 1).padStart(2, "0")}`);
/** The joint meeting of the groups: 300 people, several from each of 40 municipalities. */
const joint = Array.from({ length: 300 }, (_, i) => ({
  person: representative(`joint-${i}`, `Deltaker ${String(i + 1).padStart(3, "0")}`),
  municipality: MUNICIPALITIES[i % MUNICIPALITIES.length] ?? "",
}));

describe("a joint meeting: 300 people click «Registrer oppmøte» at once on one bot process (timing: npm run bench)", function () {
  this.timeout(120_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  let answers: Array<{ status: number; card?: Record<string, unknown>; text: string }>;

  const attendees = (): Promise<Attendee[]> => meetingDocuments<Attendee>(running.storage, flow.chat.meetingId, "attendee");

  before(async () => {
    running = await startRunningBot();
    await importGroupData(running.storage.env, {
      groupId: JOINT_GROUP,
      name: "Fellesmøtet for faggruppene",
      municipalities: MUNICIPALITIES,
      members: [
        ...leaderMembers,
        ...joint.map((j) => ({ name: j.person.name, aadObjectId: j.person.aadObjectId, municipality: j.municipality })),
      ],
    });
    flow = await linkedMeeting(running, 830, { groupId: JOINT_GROUP });
    assert.equal((await flow.say(people.chair, "start nå")).status, 200);
    const clicks = await Promise.all(joint.map((j) => flow.click(j.person, "Registrer oppmøte", { on: "attendance.checkIn" })));
    answers = clicks.map((response) => {
      const body = response.body as { type?: string; value?: Record<string, unknown> } | undefined;
      const card = body?.type === "application/vnd.microsoft.card.adaptive" ? body.value : undefined;
      return { status: response.status, text: response.text, ...(card ? { card } : {}) };
    });
  });
  after(() => running?.stop());

  it("every click is answered with the check-in card: 0 errors, none asked to try again", () => {
    const failed = answers.filter((a) => a.status !== 200 || !a.card);
    assert.deepEqual(
      failed.map((a) => `${a.status} ${a.text.slice(0, 120)}`),
      [],
    );
  });

  it("stores exactly 300 attendees, each once, present, with the municipality of their member record", async () => {
    const stored = await attendees();
    assert.equal(stored.length, 300);
    assert.deepEqual(new Set(stored.map((a) => a.aadObjectId)), new Set(joint.map((j) => j.person.aadObjectId)));
    for (const j of joint) {
      const attendee = stored.find((a) => a.aadObjectId === j.person.aadObjectId);
      assert.equal(attendee?.municipality, j.municipality, j.person.name);
      assert.ok(attendee && statusOf(attendee) === "present", j.person.name);
    }
  });

  it("each clicker's own answer shows them checked in", () => {
    for (const [i, answer] of answers.entries()) {
      const j = joint[i];
      assert.ok(j && answer.card);
      assert.match(factsOf(answer.card).get(j.municipality) ?? "", new RegExp(j.person.name), j.person.name);
    }
  });

  it("stays inside Teams' rate limit in that chat: never more than 7 messages and updates in a second, 8 in two", () => {
    const chat = flow.standIn.recorded(flow.chat.conversationId);
    const largest = Math.max(...chat.map((a) => JSON.stringify(a.activity).length * 2));
    const busiest = flow.standIn.busiest(flow.chat.conversationId);
    console.log(`      ${chat.length} messages and updates; busiest second ${busiest}; largest ${largest} bytes (UTF-16)`);
    assert.ok(
      flow.standIn.busiest(flow.chat.conversationId, 1000) <= 7,
      `busiest second: ${flow.standIn.busiest(flow.chat.conversationId)}`,
    );
    assert.ok(flow.standIn.busiest(flow.chat.conversationId, 2000) <= 8);
    assert.deepEqual(flow.standIn.refused(), []);
  });

  it("the shared check-in card ends showing 300 present, under their 40 municipalities", () =>
    eventually(() => {
      const card = lastRecordedCard(flow.standIn, flow.chat.conversationId, flow.messageWith("attendance.checkIn"));
      assert.ok(textBlocksOf(card).includes("300 til stede"), textBlocksOf(card).join(" | "));
      const facts = factsOf(card);
      assert.equal(facts.size, 40);
      for (const municipality of MUNICIPALITIES) {
        const expected = joint.filter((j) => j.municipality === municipality).map((j) => j.person.name);
        assert.deepEqual((facts.get(municipality) ?? "").split(", ").sort(), expected.sort(), municipality);
      }
    }));
});
