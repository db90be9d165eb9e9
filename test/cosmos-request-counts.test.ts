import assert from "node:assert/strict";
import type { RequestCounts } from "../scripts/replay/request-counter";
import { cardInvoke as invoke, people } from "../scripts/replay/activities";
import type { HttpResult } from "../scripts/replay/bot-client";
import { logLines, waitForLog } from "./harness/bot-log";
import { startRunningBot, type RunningBot } from "../scripts/replay/running-bot";
import { crowd, CROWD_GROUP, importCrowdGroup } from "./support/crowd-group";
import { AGENDA_TEXT, MeetingFlow } from "../scripts/replay/meeting-flow";
import { linkedMeeting } from "./support/test-group";

type DataRequests = Omit<RequestCounts, "metadata">;

/**
 * The Cosmos round trips of each card action and of `referat`, as the embedded server counts
 * them (DESIGN §7: at most 2 per card action, refresh invokes read-only, a referat one query and
 * a few point reads): those before the answer, and those after it (the shared card rendered
 * again from storage for everyone, see SharedCardRefresher). Exact counts: one more request is a
 * regression; one fewer, update the table. `metadata` (the SDK's query-plan lookup beside each
 * query, sent in parallel) is not asserted.
 */
describe("Cosmos requests per action, counted at the embedded server", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let flow: MeetingFlow;

  const settledCards = (): number => logLines(running.bot).filter((line) => line.msg === "shared card settled").length;
  const data = ({ queries, pointReads, writes }: RequestCounts): DataRequests => ({ pointReads, writes, queries });
  /**
   * The requests `act` caused until its answer, and after it until `cards` shared cards have
   * settled (the bot logs each); the response must be a card (or, for a command, 200).
   */
  const counted = async (act: () => Promise<HttpResult>, cards: number): Promise<Counted> => {
    const settledBefore = settledCards();
    const before = running.storage.requests.snapshot();
    const response = await act();
    const answered = running.storage.requests.snapshot();
    assert.equal(response.status, 200, response.text);
    if (cards > 0) await waitForLog(running.bot, () => settledCards() >= settledBefore + cards);
    const answer = data(running.storage.requests.since(before));
    const after = data(running.storage.requests.since(answered));
    return {
      answer: {
        pointReads: answer.pointReads - after.pointReads,
        writes: answer.writes - after.writes,
        queries: answer.queries - after.queries,
      },
      after,
    };
  };
  const cardInvoke = (response: HttpResult): HttpResult => (MeetingFlow.cardOf(response), response);

  before(async () => {
    running = await startRunningBot({ LOG_LEVEL: "debug" });
    await importCrowdGroup(running.storage.env);
    flow = await linkedMeeting(running, 990, { groupId: CROWD_GROUP });
    await flow.say(people.chair, "agenda");
    const editor = MeetingFlow.cardOf(await flow.click(people.chair, "Rediger dagsorden", { on: "agenda.edit" }));
    MeetingFlow.cardOf(
      await flow.click(people.chair, "Lagre dagsorden", {
        card: editor,
        activityId: flow.messageWith("agenda.edit"),
        inputs: { agendaText: AGENDA_TEXT },
      }),
    );
    await flow.ask(people.chair, "start nå");
    await flow.ask(people.chair, "oppmøte");
    await flow.ask(people.chair, "rundebord Status");
  });
  after(async () => running?.stop());

  it("a refresh invoke (trigger automatic) reads the meeting and writes nothing", async () => {
    const meetingId = flow.chat.meetingId ?? "";
    const refresh = invoke({
      ...flow.as(people.chair),
      verb: "meeting.refresh",
      data: { verb: "meeting.refresh", meetingId },
      replyToId: flow.messageWith("meeting.refresh"),
      trigger: "automatic",
    });
    const counts = await counted(async () => cardInvoke(await flow.post(refresh)), 0);
    assert.deepEqual(counts, { answer: { pointReads: 1, writes: 0, queries: 0 }, after: NOTHING });
  });

  it(
    "a first check-in: the meeting, the attendee created without a read, the list for the shared card " +
      "(the group as read moments ago); after the answer the list again",
    async () => {
      const { person } = crowd[0] ?? assert.fail("crowd");
      const counts = await counted(async () => cardInvoke(await flow.click(person, "attendance.checkIn", { on: "attendance.checkIn" })), 1);
      assert.deepEqual(counts, CHECK_IN);
    },
  );

  it(
    "a first round-table submit: the meeting, the entry created without a read, the entries for the shared " +
      "card (the group as read moments ago); after the answer the shared card again (meeting and entries)",
    async () => {
      const { person } = crowd[1] ?? assert.fail("crowd");
      const form = MeetingFlow.cardOf(await flow.click(person, "roundtable.form", { on: "roundtable.form" }));
      const counts = await counted(
        async () =>
          cardInvoke(
            await flow.click(person, "roundtable.submit", {
              card: form,
              activityId: flow.messageWith("roundtable.form"),
              inputs: { entryText: "• Status levert" },
            }),
          ),
        1,
      );
      assert.deepEqual(counts, SUBMIT);
    },
  );

  it(
    "the chair's Neste: the meeting and its write under ETag, the shared " +
      "card from the written meeting; after the answer the meeting again",
    async () => {
      const view = MeetingFlow.cardOf(await flow.click(people.chair, "meeting.refresh", { on: "meeting.refresh" }));
      const counts = await counted(
        async () =>
          cardInvoke(await flow.click(people.chair, "meeting.next", { card: view, activityId: flow.messageWith("meeting.refresh") })),
        1,
      );
      assert.deepEqual(counts, NESTE);
    },
  );

  it("`referat`: one query of the meeting's partition, one of the group's (its follow-ups), a few point reads", async () => {
    const counts = await counted(() => flow.say(people.chair, "referat"), 0);
    assert.deepEqual(counts, REFERAT);
  });
});

interface Counted {
  answer: DataRequests;
  after: DataRequests;
}

const NOTHING: DataRequests = { pointReads: 0, writes: 0, queries: 0 };
/**
 * Today's counts; after the answer, each card rendered again from storage (it matched: not published
 * again). The group was read by the steps before, within its kept time (GROUP_KEPT_MS): a click in a
 * quiet meeting, the first in half a minute, reads it once more.
 */
const CHECK_IN: Counted = { answer: { pointReads: 1, writes: 1, queries: 1 }, after: { pointReads: 0, writes: 0, queries: 1 } };
const SUBMIT: Counted = { answer: { pointReads: 1, writes: 1, queries: 1 }, after: { pointReads: 1, writes: 0, queries: 1 } };
const NESTE: Counted = { answer: { pointReads: 1, writes: 1, queries: 0 }, after: { pointReads: 1, writes: 0, queries: 0 } };
/**
 * With the archive's index entry: one read, and a write when the version changed. No download link: the
 * chat gets the draft's card without links; they are minted when the chair or secretary opens their view.
 */
const REFERAT: Counted = { answer: { pointReads: 3, writes: 4, queries: 2 }, after: NOTHING };
