/**
 * Past what one instance serves in time, activities wait their turn in a bounded queue; one more is
 * answered at once with 503, Retry-After and the Norwegian "try again" on the card, and nothing of
 * it is stored. Correctness only: how large a burst goes through is measured by `npm run bench`.
 */
import assert from "node:assert/strict";
import { people, type Person } from "../../scripts/replay/activities";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { getJson } from "../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, type MeetingFlow } from "../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting } from "../support/test-group";

describe("overload: a bounded queue, and 503 with Retry-After beyond it", () => {
  let running: RunningBot;
  let flow: MeetingFlow;

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot({ MAX_ACTIVE_ACTIVITIES: "2", MAX_QUEUED_ACTIVITIES: "4" });
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 991);
    assert.equal(
      (await flow.invoke(people.secretary, "agenda.save", { meetingId: flow.chat.meetingId, agendaText: AGENDA_TEXT })).status,
      200,
    );
    await flow.ask(people.secretary, "start nå");
  });
  after(async () => running?.stop());

  it("40 check-ins at once with room for 6: the rest get 503 at once, and exactly the answered ones are stored", async () => {
    const crowd: Person[] = Array.from({ length: 40 }, (_, i) => ({
      id: mriFrom(`overload-${i}`),
      name: `Deltaker ${i + 1}`,
      aadObjectId: guidFrom(`overload-${i}`),
    }));
    const [answers, health] = await Promise.all([
      Promise.all(crowd.map((person) => flow.invoke(person, "attendance.checkIn", { meetingId: flow.chat.meetingId }))),
      getJson(`${running.bot.url}/healthz`),
    ]);
    assert.equal(health.status, 200, "the health check is not queued");
    assert.deepEqual([...new Set(answers.map((a) => a.status))].sort(), [200, 503]);
    const busy = answers.filter((a) => a.status === 503);
    for (const answer of busy) {
      assert.equal(answer.headers?.["retry-after"], "1");
      assert.deepEqual((answer.body as { value?: unknown }).value, {
        code: "ServiceUnavailable",
        message: "Møtebot har svært mye å gjøre akkurat nå. Prøv igjen om et øyeblikk.",
      });
    }
    const { resources } = await running.storage
      .container("meetings")
      .items.query<{ name: string }>({
        query: "SELECT c.name FROM c WHERE c.docType = 'attendee' AND c.meetingId = @m",
        parameters: [{ name: "@m", value: flow.chat.meetingId ?? "" }],
      })
      .fetchAll();
    const answered = crowd.filter((_, i) => answers[i]?.status === 200).map((p) => p.name);
    assert.deepEqual(resources.map((r) => r.name).sort(), answered.sort());

    const later = await flow.invoke(crowd[39] ?? people.member, "attendance.checkIn", { meetingId: flow.chat.meetingId });
    assert.equal(later.status, 200, "once the burst is over, a click goes through");
  });
});
