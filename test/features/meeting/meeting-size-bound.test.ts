import assert from "node:assert/strict";
import type { ItemNote, Meeting } from "../../../src/shared/meeting/meeting";
import { MAX_MEETING_BYTES, MAX_NOTES_PER_MEETING } from "../../../src/features/meeting/walkthrough";
import { MAX_ITEM_BYTES } from "../../../src/storage/embedded/azure-rules";
import { people } from "../../../scripts/replay/activities";
import { getJson } from "../../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { askReferat } from "../../../scripts/replay/replay-scenario";
import { importTestGroup, linkedMeeting, runningMeeting, TEST_GROUP_ID } from "../../support/test-group";
import { MeetingFlow as Flow } from "../../../scripts/replay/meeting-flow";
import { guidFrom, mriFrom } from "../../../scripts/replay/chats";
import { MAX_GROUP_BYTES, MAX_GROUP_MEMBERS, type Group } from "../../../src/features/working-group/group";
import type { Attendee } from "../../../src/features/attendance/attendee";

const FULL = /Møtet har nådd grensen for notater og vedtak/;

describe("a meeting's notes are bounded, so its document never outgrows Azure's 2 MB", function () {
  this.timeout(120_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(async () => running?.stop());

  const stored = async (flow: Flow): Promise<{ meeting: Meeting; bytes: number }> => {
    const { resource } = await running.storage
      .container("meetings")
      .item("meeting", flow.chat.meetingId ?? "")
      .read<Meeting>();
    assert.ok(resource);
    return { meeting: resource, bytes: Buffer.byteLength(JSON.stringify(resource), "utf8") };
  };
  const noteCount = (meeting: Meeting): number => meeting.agenda.reduce((n, item) => n + item.notes.length, 0);

  /** Writes `count` notes of `text` onto the first item, as if typed earlier in the meeting. */
  const seedNotes = async (flow: Flow, count: number, text: (i: number) => string): Promise<void> => {
    const { meeting } = await stored(flow);
    const notes: ItemNote[] = Array.from({ length: count }, (_, i) => ({
      id: `seed-${i}`,
      kind: "note",
      text: text(i),
      author: "Sekretær",
      at: "2025-09-11T08:00:00.000Z",
    }));
    const [first, ...rest] = meeting.agenda;
    assert.ok(first);
    await running.storage
      .container("meetings")
      .item("meeting", meeting.meetingId)
      .replace({ ...meeting, agenda: [{ ...first, notes }, ...rest] });
  };

  /** Everything else still works on a full meeting: Neste, the end, the referat and its Word file. */
  const stillWorks = async (flow: Flow): Promise<void> => {
    assert.match(await flow.ask(people.chair, "neste"), /^Sak 2: /);
    const referat = await askReferat(flow, people.secretary);
    assert.equal((await getJson(referat.docxUrl)).status, 200);
    await flow.ask(people.chair, "avslutt");
    assert.equal((await stored(flow)).meeting.status, "ended");
  };

  it("60 notes of 2,000 characters on one item: the meeting card shows the newest, counts the rest, Teams takes every update", async () => {
    const flow = await runningMeeting(running, 95);
    await seedNotes(flow, 60, (i) => `${i}: ${"Langt notat om arealer og næringsutvikling. ".repeat(45)}`.slice(0, 2000));
    running.standIn.reset();
    assert.match(await flow.ask(people.chair, "notat Det nyeste notatet"), /^Notat lagt til sak 1\./);
    const update = await running.standIn.waitFor(
      (a) =>
        a.conversationId === flow.chat.conversationId &&
        a.operation === "update" &&
        JSON.stringify(a.activity).includes("Det nyeste notatet"),
    );
    const shown = JSON.stringify(update.activity);
    assert.ok(shown.length * 2 <= 80_000, `the meeting card is ${shown.length * 2} bytes as UTF-16; Teams recommends within 80 KB`);
    assert.match(shown, /… og \d+ eldre notater og vedtak – se referatet/);
    const leaders = JSON.stringify(Flow.cardOf(await flow.click(people.chair, "Vis for møteleder og sekretær", { on: "meeting.refresh" })));
    assert.ok(leaders.length * 2 <= 80_000, `the leaders' view is ${leaders.length * 2} bytes`);
    assert.deepEqual(running.standIn.refused(), [], "nothing refused as too big");
    assert.equal(noteCount((await stored(flow)).meeting), 61, "every note stays stored");
  });

  it(`at ${MAX_NOTES_PER_MEETING} notes and decisions the next is refused with a clear message, nothing is stored`, async () => {
    const flow = await runningMeeting(running, 91);
    await seedNotes(flow, MAX_NOTES_PER_MEETING - 2, (i) => `Notat ${i}`);
    for (const n of [MAX_NOTES_PER_MEETING - 1, MAX_NOTES_PER_MEETING]) {
      assert.match(await flow.ask(people.chair, `notat Nummer ${n}`), /^Notat lagt til sak 1\./);
      assert.equal(noteCount((await stored(flow)).meeting), n);
    }
    assert.match(await flow.ask(people.chair, "vedtak Ett for mye"), FULL);
    const after = await stored(flow);
    assert.equal(noteCount(after.meeting), MAX_NOTES_PER_MEETING);
    assert.ok(!JSON.stringify(after.meeting).includes("Ett for mye"));
    await stillWorks(flow);
  });

  it(`long notes stop at about ${MAX_MEETING_BYTES / 1e6} MB: the document stays under 2 MB at every step`, async () => {
    const flow = await runningMeeting(running, 92);
    const long = (i: number) => `${i} ${"å".repeat(1990)}`; // two bytes a character: about 4 KB a note
    await seedNotes(flow, 330, long);
    let refused = false;
    for (let i = 330; i < MAX_NOTES_PER_MEETING && !refused; i++) {
      const before = await stored(flow);
      const answer = await flow.ask(people.secretary, `notat ${long(i)}`);
      const now = await stored(flow);
      assert.ok(now.bytes < MAX_ITEM_BYTES && now.bytes <= MAX_MEETING_BYTES, `${now.bytes} bytes after note ${i}`);
      refused = FULL.test(answer);
      if (refused) assert.equal(now.bytes, before.bytes, "the refused note is not stored");
    }
    assert.ok(refused, "the byte bound was reached before the count bound");
    await stillWorks(flow);
  });

  it(`a group keeps at most ${MAX_GROUP_MEMBERS} members: a newcomer beyond it still checks in, the document stays small`, async () => {
    const flow = await linkedMeeting(running, 93);
    const groups = running.storage.container("groups");
    const { resource: group } = await groups.item(TEST_GROUP_ID, TEST_GROUP_ID).read<Group>();
    assert.ok(group);
    const filler = Array.from({ length: MAX_GROUP_MEMBERS - group.members.length }, (_, i) => ({
      name: `Medlem ${i} ${"æ".repeat(100)}`,
      aadObjectId: guidFrom(`filler-${i}`),
      municipality: "Oslo kommune",
      role: "member" as const,
    }));
    await groups.item(TEST_GROUP_ID, TEST_GROUP_ID).replace({ ...group, members: [...group.members, ...filler] });

    const newcomer = { id: mriFrom("beyond"), name: "Nina Sist", aadObjectId: guidFrom("beyond") };
    const asked = Flow.cardOf(await flow.click(newcomer, "Registrer oppmøte", { on: "attendance.checkIn" }));
    assert.match(JSON.stringify(asked), /Hvilken kommune eller region representerer du/);
    const chosen = Flow.cardOf(
      await flow.click(newcomer, "Lagre kommune", {
        card: asked,
        activityId: flow.messageWith("attendance.checkIn"),
        inputs: { municipality: "Hamarregionen" },
      }),
    );
    assert.match(JSON.stringify(chosen), /Nina Sist/);
    const { resources: attendees } = await running.storage
      .container("meetings")
      .items.query<Attendee>({
        query: "SELECT * FROM c WHERE c.meetingId = @m AND c.docType = 'attendee'",
        parameters: [{ name: "@m", value: flow.chat.meetingId ?? "" }],
      })
      .fetchAll();
    assert.equal(attendees.find((a) => a.aadObjectId === newcomer.aadObjectId)?.municipality, "Hamarregionen");
    const { resource: after } = await groups.item(TEST_GROUP_ID, TEST_GROUP_ID).read<Group>();
    assert.equal(after?.members.length, MAX_GROUP_MEMBERS, "the newcomer is not added beyond the bound");
    assert.ok(Buffer.byteLength(JSON.stringify(after), "utf8") < MAX_GROUP_BYTES);
  });
});
