import assert from "node:assert/strict";
import type { RequestCounts } from "../src/storage/embedded/request-counter";
import { cardInvoke as invoke, people } from "./harness/activities";
import type { HttpResult } from "./harness/bot-client";
import { startRunningBot, type RunningBot } from "./harness/running-bot";
import { crowd, CROWD_GROUP, importCrowdGroup } from "./support/crowd-group";
import { AGENDA_TEXT, MeetingFlow } from "./support/meeting-flow";
import { linkedMeeting } from "./support/test-group";

type DataRequests = Omit<RequestCounts, "metadata">;

/**
 * The Cosmos round trips of each card action and of `referat`, as the embedded server counts
 * them (DESIGN §7: at most 2 per card action, refresh invokes read-only, a referat one query and
 * a few point reads). Exact counts: one more request is a regression; one fewer, update the table.
 * `metadata` (the SDK's query-plan lookup beside each query, sent in parallel) is not asserted.
 */
describe("Cosmos requests per action, counted at the embedded server", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let flow: MeetingFlow;

  /** The requests `act` caused; the response must be a card (or, for a command, 200). */
  const counted = async (act: () => Promise<HttpResult>): Promise<DataRequests> => {
    const before = running.storage.cosmos.requests.snapshot();
    const response = await act();
    const { queries, pointReads, writes } = running.storage.cosmos.requests.since(before);
    assert.equal(response.status, 200, response.text);
    return { pointReads, writes, queries };
  };
  const cardInvoke = (response: HttpResult): HttpResult => (MeetingFlow.cardOf(response), response);

  before(async () => {
    running = await startRunningBot();
    await importCrowdGroup(running.storage.env);
    flow = await linkedMeeting(running, 990, { groupId: CROWD_GROUP });
    await flow.say(people.chair, "agenda");
    const editor = MeetingFlow.cardOf(await flow.click(people.chair, "Rediger dagsorden", { on: "agenda.edit" }));
    MeetingFlow.cardOf(await flow.click(people.chair, "Lagre dagsorden", { card: editor, activityId: flow.messageWith("agenda.edit"), inputs: { agendaText: AGENDA_TEXT } }));
    await flow.ask(people.chair, "start");
    await flow.ask(people.chair, "oppmøte");
    await flow.ask(people.chair, "rundebord Status");
  });
  after(async () => running?.stop());

  it("a refresh invoke (trigger automatic) reads the meeting and writes nothing", async () => {
    const meetingId = flow.chat.meetingId ?? "";
    const refresh = invoke({ ...flow.as(people.chair), verb: "meeting.refresh", data: { verb: "meeting.refresh", meetingId }, replyToId: flow.messageWith("meeting.refresh"), trigger: "automatic" });
    const counts = await counted(async () => cardInvoke(await flow.post(refresh)));
    assert.deepEqual(counts, { pointReads: 1, writes: 0, queries: 0 });
  });

  it("a check-in: the meeting, the group, the attendee, its write, the list for the shared card", async () => {
    const { person } = crowd[0] ?? assert.fail("crowd");
    const counts = await counted(async () => cardInvoke(await flow.click(person, "attendance.checkIn", { on: "attendance.checkIn" })));
    assert.deepEqual(counts, CHECK_IN);
  });

  it("a first round-table submit: the meeting, the group, the entry created without a read, the shared card", async () => {
    const { person } = crowd[1] ?? assert.fail("crowd");
    const form = MeetingFlow.cardOf(await flow.click(person, "roundtable.form", { on: "roundtable.form" }));
    const counts = await counted(async () =>
      cardInvoke(await flow.click(person, "roundtable.submit", { card: form, activityId: flow.messageWith("roundtable.form"), inputs: { entryText: "• Status levert" } })),
    );
    assert.deepEqual(counts, SUBMIT);
  });

  it("the chair's Neste: the meeting, its write under ETag, the meeting for the shared card", async () => {
    const view = MeetingFlow.cardOf(await flow.click(people.chair, "meeting.refresh", { on: "meeting.refresh" }));
    const counts = await counted(async () => cardInvoke(await flow.click(people.chair, "meeting.next", { card: view, activityId: flow.messageWith("meeting.refresh") })));
    assert.deepEqual(counts, NESTE);
  });

  it("`referat`: one query of the meeting's partition and a few point reads", async () => {
    const counts = await counted(() => flow.say(people.chair, "referat"));
    assert.deepEqual(counts, REFERAT);
  });
});

/**
 * Today's counts. The shared card is rendered again after it is published (another instance
 * may have written meanwhile), which costs one more read of what it shows.
 */
const CHECK_IN: DataRequests = { pointReads: 3, writes: 1, queries: 2 };
const SUBMIT: DataRequests = { pointReads: 4, writes: 1, queries: 2 };
const NESTE: DataRequests = { pointReads: 3, writes: 1, queries: 0 };
const REFERAT: DataRequests = { pointReads: 2, writes: 4, queries: 1 };
