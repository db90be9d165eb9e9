/**
 * Teams' rate limits over HTTP: the Bot Connector stand-in counts every message operation as Teams
 * does and answers 429 beyond 7 a second, 8 in two, 60 in 30 (src/shared/teams-limits.ts). The bot
 * must keep the shared check-in card current without being refused, and come through a storm of 429s.
 */
import assert from "node:assert/strict";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { people, type Person } from "../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import type { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { lastRecordedCard, textBlocksOf } from "../support/card-content";
import { eventually } from "../support/eventually";
import { importTestGroup, linkedMeeting } from "../support/test-group";

const person = (seed: string): Person => ({ id: mriFrom(seed), name: `Deltaker ${seed}`, aadObjectId: guidFrom(seed) });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Teams' rate limits: the shared card stays current without a refusal", function () {
  this.timeout(60_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(() => running?.stop());

  const shownCount = (flow: MeetingFlow): string =>
    textBlocksOf(lastRecordedCard(flow.standIn, flow.chat.conversationId, flow.messageWith("attendance.checkIn"))).find((t) =>
      /til stede/.test(t),
    ) ?? "";
  const cardUpdates = (flow: MeetingFlow) =>
    flow.standIn
      .recorded(flow.chat.conversationId)
      .filter((a) => a.operation === "update" && a.activityId === flow.messageWith("attendance.checkIn"));

  it("20 check-ins within a second: at most 7 updates of the card reach Teams in that second, the last shows all 20", async () => {
    const flow = await linkedMeeting(running, 901);
    const crowd = Array.from({ length: 20 }, (_, i) => person(`rate-${i}`));
    const clicks: Array<Promise<{ status: number }>> = [];
    for (const someone of crowd) {
      clicks.push(flow.click(someone, "Registrer oppmøte", { on: "attendance.checkIn" }));
      await pause(45);
    }
    assert.deepEqual([...new Set((await Promise.all(clicks)).map((c) => c.status))], [200]);
    await eventually(() => assert.match(shownCount(flow), /^20 til stede/));
    assert.ok(
      flow.standIn.busiest(flow.chat.conversationId, 1000) <= 7,
      `busiest second: ${flow.standIn.busiest(flow.chat.conversationId)}`,
    );
    assert.ok(cardUpdates(flow).length < 20, `the 20 changes were coalesced into ${cardUpdates(flow).length} updates`);
    assert.deepEqual(flow.standIn.refused(), []);
  });

  it("a 429 storm of 5 seconds: the check-ins are answered at once, and the card shows the final count when it ends", async () => {
    const flow = await linkedMeeting(running, 902);
    const stormStart = Date.now();
    flow.standIn.throttleMessagesFor(5_000);
    const crowd = Array.from({ length: 12 }, (_, i) => person(`storm-${i}`));
    const clicks = await Promise.all(crowd.map((someone) => flow.click(someone, "Registrer oppmøte", { on: "attendance.checkIn" })));
    assert.deepEqual([...new Set(clicks.map((c) => c.status))], [200], "each clicker has their answer while Teams refuses the shared card");
    assert.ok(Date.now() - stormStart < 5_000, "the answers did not wait for the storm");
    await eventually(() => assert.match(shownCount(flow), /^12 til stede/), 20_000);
    const refused = flow.standIn.refused();
    assert.ok(refused.length > 0 && refused.every((r) => r.status === 429), "Teams refused during the storm, only with 429");
    const delivered = cardUpdates(flow).at(-1);
    assert.ok(delivered && delivered.at >= stormStart + 5_000, "the final card came after the storm");
  });

  it("40 `hjelp` typed at once in one chat: each answered 200, as many answers reach the chat as Teams allows, none refused", async () => {
    const flow = await linkedMeeting(running, 903);
    const before = flow.standIn.recorded(flow.chat.conversationId).length;
    const crowd = Array.from({ length: 40 }, (_, i) => person(`flood-${i}`));
    const said = await Promise.all(crowd.map((someone) => flow.say(someone, "hjelp")));
    assert.deepEqual([...new Set(said.map((r) => r.status))], [200]);
    const answers = flow.standIn.recorded(flow.chat.conversationId).length - before;
    // At most 20 wait for their turn; the rest are dropped at once (Teams would refuse them with 429).
    assert.ok(answers >= 7 && answers < 40, `${answers} answers reached the chat`);
    assert.ok(flow.standIn.busiest(flow.chat.conversationId) <= 7);
    assert.match(await flow.ask(people.member, "hjelp"), /./, "the chat is answered again once the flood has passed");
  });
});
