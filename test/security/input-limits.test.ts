/**
 * Every free-text input has a limit, enforced by the bot (not only by the card's maxLength, which a
 * forged click ignores), with its own Norwegian message, and a refused input changes nothing stored.
 * Covered elsewhere: the body over 1 MB (413, test/http-robustness.test.ts), 51 agenda items
 * (test/setup-and-agenda.test.ts), 31 bullets and 4001 characters from the form (test/round-table.test.ts),
 * a typed `notat` of 2001 characters (test/meeting-walkthrough.test.ts), `oppmøte legg til` with 201 (test/attendance.test.ts).
 */
import assert from "node:assert/strict";
import { groupChat, meetingChat, people, type Person } from "../../scripts/replay/activities";
import { answerOf } from "../support/invoke-answer";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../scripts/replay/meeting-flow";
import { snapshotChanges, storageSnapshot } from "../support/storage-snapshot";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID, TEST_MUNICIPALITIES } from "../support/test-group";

const GROUP_NAME = "Osloregionens faggruppe for Næringssamarbeid";
const x = (n: number): string => "x".repeat(n);

describe("limits on every free-text input: refused with a Norwegian message, storage unchanged", () => {
  let running: RunningBot;
  let flow: MeetingFlow;
  const meetingId = (): string => flow.chat.meetingId ?? "";

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 951);
    const saved = await flow.invoke(people.secretary, "agenda.save", { meetingId: meetingId(), agendaText: AGENDA_TEXT });
    assert.equal(saved.status, 200, saved.text);
    await flow.ask(people.secretary, "start nå");
    await flow.ask(people.secretary, "rundebord Entreprenørskap");
  });
  after(async () => running?.stop());

  /** Runs `attempt`, expects `message`, and that no stored document changed. */
  async function refused(attempt: () => Promise<string>, message: string): Promise<void> {
    const before = await storageSnapshot(running.storage);
    assert.equal(await attempt(), message);
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
  }
  const click = (person: Person, verb: string, data: Record<string, unknown>) => async () =>
    answerOf(await flow.invoke(person, verb, data));
  const typed = (person: Person, text: string) => () => flow.ask(person, text);

  it("the working group: name, leader title, number and length of municipalities (setup.save and setup.create)", async () => {
    const save = (fields: Record<string, unknown>) =>
      click(people.secretary, "setup.save", { groupId: TEST_GROUP_ID, name: GROUP_NAME, ...fields });
    await refused(save({ name: x(201) }), "Navnet er for langt (høyst 200 tegn).");
    await refused(save({ leaderTitle: x(201) }), "Ledertittelen er for lang (høyst 200 tegn).");
    const many = Array.from({ length: 101 }, (_, i) => `Kommune ${i + 1}`).join("\n");
    await refused(save({ municipalities: many }), "Høyst 100 kommuner og regioner.");
    await refused(
      save({ municipalities: [...TEST_MUNICIPALITIES, x(101)].join("\n") }),
      "Navnet på en kommune eller region kan ha høyst 100 tegn.",
    );

    const fresh = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(952));
    await fresh.ask(people.other, "hjelp"); // the chat is known; what follows must store nothing
    await refused(
      async () => answerOf(await fresh.invoke(people.other, "setup.create", { name: x(201) })),
      "Navnet er for langt (høyst 200 tegn).",
    );
  });

  it("the agenda editor: more than 20,000 characters", async () => {
    const long = Array.from({ length: 41 }, (_, i) => `Sak ${i + 1}: ${x(490)}`).join("\n");
    await refused(
      click(people.secretary, "agenda.save", { meetingId: meetingId(), agendaText: long }),
      "Dagsordenen er for lang (høyst 20000 tegn).",
    );
  });

  it("notes and decisions: over 2000 characters from the card, however long, and a typed vedtak", async () => {
    await refused(
      click(people.chair, "meeting.note", { meetingId: meetingId(), shownIndex: "0", noteText: x(2001) }),
      "Notatet er for langt (høyst 2000 tegn).",
    );
    await refused(
      click(people.chair, "meeting.decision", { meetingId: meetingId(), shownIndex: "0", noteText: x(100_001) }),
      "Notatet er for langt (høyst 2000 tegn).",
    );
    await refused(typed(people.chair, `vedtak ${x(2001)}`), "Notatet er for langt (høyst 2000 tegn).");
  });

  it("the round table: a forged entry far over 4000 characters, presenters' names, a municipality name, the topic", async () => {
    const submit = (person: Person, fields: Record<string, unknown>) =>
      click(person, "roundtable.submit", { meetingId: meetingId(), municipality: "Kongsvinger", entryText: "• Status", ...fields });
    await refused(submit(people.member, { entryText: `• ${x(100_001)}` }), "Høyst 4000 tegn.");
    await refused(submit(people.secretary, { presenters: x(201) }), "Navnene er for lange (høyst 200 tegn).");
    await refused(submit(people.member, { municipality: x(101) }), "Velg en kommune fra faggruppens liste.");
    await refused(typed(people.secretary, `rundebord ${x(301)}`), "Temaet er for langt (høyst 300 tegn).");
  });

  it("attendance: names and reasons in forfall, a guest's name and a reason from the card", async () => {
    await refused(typed(people.secretary, `forfall ${x(201)}`), "Skriv et navn (høyst 200 tegn).");
    await refused(typed(people.secretary, `forfall ${people.member.name}, ${x(501)}`), "Grunnen er for lang (høyst 500 tegn).");
    await refused(
      click(people.secretary, "attendance.add", { meetingId: meetingId(), guestName: x(201) }),
      "Skriv et navn (høyst 200 tegn).",
    );
    await refused(
      click(people.secretary, "attendance.add", { meetingId: meetingId(), guestName: x(5000) }),
      "Skriv et navn (høyst 200 tegn).",
    );
    for (const reason of [x(501), x(5000)]) {
      await refused(
        click(people.secretary, "attendance.absent", { meetingId: meetingId(), person: people.member.aadObjectId, reason }),
        "Grunnen er for lang (høyst 500 tegn).",
      );
    }
  });

  it("møte ny: a title over 200 characters", async () => {
    const chat = new MeetingFlow(() => running.bot.url, running.standIn, groupChat(953));
    await chat.say(people.secretary, "oppsett");
    await running.standIn.waitFor(
      (a) => a.conversationId === chat.chat.conversationId && JSON.stringify(a.activity).includes("setup.link"),
    );
    MeetingFlow.cardOf(await chat.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: TEST_GROUP_ID } }));
    const answer = () => chat.ask(people.secretary, `møte ny ${x(201)} 11.09.2025 10:00-12:00`);
    await refused(answer, "Tittelen er for lang (høyst 200 tegn).");
  });

  it("an unknown command of 70,000 characters is echoed with its first 40, within Teams' message size (found by the fuzz)", async () => {
    const answer = await flow.ask(people.member, "ø".repeat(70_000));
    assert.equal(answer, `Jeg kjenner ikke kommandoen «${"ø".repeat(40)}…». Skriv «hjelp» for å se hva jeg kan.`);
    assert.deepEqual(running.standIn.refused(), []);
  });
});
