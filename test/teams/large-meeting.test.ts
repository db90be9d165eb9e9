/**
 * The largest meeting the bot's own limits allow in one place, driven over HTTP against the strict
 * Bot Connector stand-in: the first item with 60 notes of about 2,000 characters, a round table with 12
 * full entries of 4,000, Neste through every item, the referat drafted and approved. Teams must refuse
 * nothing (no 413, no 429), every message stays within Microsoft's recommended 80 KB, and the approved
 * referat reaches the chat. The figures go to docs/benchmarks.md.
 */
import assert from "node:assert/strict";
import type { ItemNote, Meeting } from "../../src/shared/meeting/meeting";
import { people } from "../../scripts/replay/activities";
import { AGENDA_TEXT } from "../../scripts/replay/meeting-flow";
import { askReferat } from "../../scripts/replay/replay-scenario";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { CROWD_GROUP, crowd, importCrowdGroup } from "../support/crowd-group";
import { linkedMeeting } from "../support/test-group";
import { MESSAGE_TARGET_UTF16_BYTES } from "../../src/shared/teams-limits";

const NOTE = "Langt notat om arealer, næringsutvikling og samarbeid mellom kommunene i regionen. ";
const ENTRY = "• Status fra kommunen: arbeidet med næringsarealer og gründerstøtte går etter planen. ";

describe("the largest meeting against Teams' limits: nothing refused, every message within 80 KB", function () {
  this.timeout(180_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importCrowdGroup(running.storage.env);
  });
  after(() => running?.stop());

  it("60 notes of 2,000 characters, 12 full round-table entries, Neste to the end, the referat approved: 0 × 413, 0 × 429", async () => {
    const flow = await linkedMeeting(running, 970, { groupId: CROWD_GROUP });
    const meetingId = flow.chat.meetingId ?? "";
    assert.equal((await flow.invoke(people.secretary, "agenda.save", { meetingId, agendaText: AGENDA_TEXT })).status, 200);
    assert.match(await flow.ask(people.chair, "start nå"), /Sak 1/);
    const item = running.storage.container("meetings").item("meeting", meetingId);
    const { resource: meeting } = await item.read<Meeting>();
    assert.ok(meeting);
    const notes: ItemNote[] = Array.from({ length: 60 }, (_, i) => ({
      id: `large-${i}`,
      kind: "note",
      text: `${i + 1}: ${NOTE.repeat(30)}`.slice(0, 2000),
      author: people.secretary.name,
      at: "2025-09-11T08:05:00.000Z",
    }));
    await item.replace({ ...meeting, agenda: meeting.agenda.map((a, i) => (i === 0 ? { ...a, notes } : a)) });
    assert.match(await flow.ask(people.secretary, "notat Det 61. notatet"), /^Notat lagt til sak 1\./);

    assert.match(await flow.ask(people.chair, "neste"), /^Sak 2: /);
    assert.match(await flow.ask(people.chair, "neste"), /^Sak 3: /);
    for (const { person, municipality } of crowd.slice(0, 12)) {
      const entryText = `${municipality}: ${ENTRY.repeat(60)}`.slice(0, 4000);
      const submitted = await flow.invoke(person, "roundtable.submit", {
        meetingId,
        municipality,
        formMunicipality: municipality,
        baseRevision: "",
        entryText,
      });
      assert.equal(submitted.status, 200, submitted.text);
    }

    const draft = await askReferat(flow, people.secretary);
    assert.ok((draft.markdown ?? "").length * 2 > MESSAGE_TARGET_UTF16_BYTES, "the referat is too big for one message");
    await flow.ask(people.chair, "referat godkjenn");
    const published = await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Godkjent referat"),
    );
    assert.match(JSON.stringify(published.activity), /\/download\//, "the approved referat's card carries its files");

    const messages = running.standIn.recorded(flow.chat.conversationId);
    const largest = Math.max(...messages.map((a) => JSON.stringify(a.activity).length * 2));
    const busiest = running.standIn.busiest(flow.chat.conversationId);
    console.log(`      ${messages.length} messages and updates; largest ${largest} bytes as UTF-16; busiest second ${busiest} operations`);
    assert.ok(largest <= MESSAGE_TARGET_UTF16_BYTES, `the largest message is ${largest} bytes as UTF-16`);
    assert.ok(busiest <= 7, `busiest second: ${busiest}`);
    assert.deepEqual(running.standIn.refused(), []);
  });
});
