import assert from "node:assert/strict";
import JSZip from "jszip";
import { people, personalChat } from "../../../scripts/replay/activities";
import { personvernTexts } from "../../../src/features/personvern/texts";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { personExport, PersonvernStore, type DataSubject, type PersonExport } from "../../../src/features/personvern";
import { MeetingIndexStore } from "../../../src/shared/meeting/meeting-index";
import { importTestGroup, TEST_GROUP_ID } from "../../support/test-group";
import { seedPersonInEveryDocument } from "./seed-person";

const { chair, secretary, member, other } = people;
const ingrid: DataSubject = { aadObjectId: member.aadObjectId ?? "", name: member.name };

/**
 * Innsyn's first part: everything stored about one person, found in every document of the group and
 * its meetings. The person is put into every kind of document over HTTP, as Teams would; the collector
 * then reads the embedded store through the real SDK.
 */
describe("personvern: every stored item that names a person, in every document of the group and its meetings", function () {
  this.timeout(90_000);
  let running: RunningBot;
  let first: MeetingFlow;
  let found: PersonExport;

  const collect = async (subject: DataSubject): Promise<PersonExport> => {
    const store = new PersonvernStore(
      running.storage.container("meetings"),
      running.storage.container("groups"),
      running.storage.container("downloadLinks"),
    );
    const index = await new MeetingIndexStore(running.storage.container("groups")).list(TEST_GROUP_ID);
    const meetings = await Promise.all(
      index.map(async (entry) => ({
        meetingId: entry.meetingId,
        title: entry.title,
        start: entry.start,
        documents: await store.meetingDocuments(entry.meetingId),
      })),
    );
    return personExport(subject, TEST_GROUP_ID, await store.groupDocuments(TEST_GROUP_ID), meetings, new Date());
  };

  before(async function () {
    this.timeout(120_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    ({ first } = await seedPersonInEveryDocument(running, 8101));
    found = await collect(ingrid);
  });
  after(() => running?.stop());

  const places = (): string[] => [
    ...found.group.map((i) => `groups ${i.docType} ${i.path}`),
    ...found.meetings.flatMap((m) => m.items.map((i) => `meetings ${i.docType} ${i.path}`)),
  ];
  const holds = (pattern: RegExp) =>
    assert.ok(
      places().some((place) => pattern.test(place)),
      `no place like ${pattern} in:\n${places().join("\n")}`,
    );

  it("finds them as a member of the group, and the follow-up they are responsible for", () => {
    holds(/^groups group members\[\d+\]\.(aadObjectId|name)$/);
    holds(/^groups followUp responsible$/);
  });

  it("finds their attendance in both meetings: the check-in in the first, the forfall in the second", () => {
    assert.equal(found.meetings.length, 2, JSON.stringify(found.meetings.map((m) => m.title)));
    const attendance = found.meetings.map((m) =>
      m.items.filter((i) => i.docType === "attendee").map((i) => i.item as Record<string, unknown>),
    );
    assert.ok(attendance.flat().some((a) => typeof a.checkedInAt === "string"));
    assert.ok(attendance.flat().some((a) => (a.absent as { reason?: string } | undefined)?.reason === "syk"));
  });

  it("finds their round-table entry as its writer, and each revision they wrote", () => {
    holds(/^meetings roundTableEntry contributors\[0\]\.(aadObjectId|name)$/);
    holds(/^meetings roundTableEntry history\[\d+\]\.by\.(aadObjectId|name)$/);
  });

  it("finds the note that mentions them (its text, not its author) and the referat draft that lists them", () => {
    const note = found.meetings.flatMap((m) => m.items).find((i) => i.docType === "meeting" && /notes/.test(i.path));
    assert.deepEqual(note?.item, { text: "Ingrid Haugen orienterte om næringsparken" });
    holds(/^meetings referatVersion referat\./);
  });

  it("holds nothing of the others: no other person's name or id outside the texts that mention them", () => {
    const text = JSON.stringify(found);
    for (const someone of [chair, secretary, other]) {
      assert.ok(!text.includes(someone.aadObjectId ?? "-"), `${someone.name}'s id`);
      assert.ok(!text.includes(someone.name), `${someone.name}'s name`);
    }
  });

  it("for someone the group never stored, finds nothing", async () => {
    const nobody = await collect({ aadObjectId: other.aadObjectId ?? "", name: other.name });
    assert.deepEqual([nobody.group, nobody.meetings], [[], []]);
  });

  describe("personvern innsyn ‹navn›, typed to the bot", () => {
    const inPersonalChat = (person: typeof secretary) => new MeetingFlow(() => running.bot.url, running.standIn, personalChat(person));
    const linksIn = (answer: string): string[] => [...answer.matchAll(/\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? "");

    it("by the secretary in her 1:1 chat: a JSON link with every item found above, and a Word summary", async () => {
      const answer = await inPersonalChat(secretary).ask(secretary, "personvern innsyn ingrid haugen");
      assert.match(answer, /Innsyn for Ingrid Haugen i Osloregionens faggruppe for Næringssamarbeid/);
      const [json = "", docx = ""] = linksIn(answer);
      assert.ok(json.endsWith("?format=json") && docx, answer);
      const file = (await (await fetch(json)).json()) as { subject: DataSubject; groups: PersonExport[] };
      assert.deepEqual(file.subject, ingrid);
      assert.deepEqual(
        file.groups[0]?.meetings.map((m) => m.items.length),
        found.meetings.map((m) => m.items.length),
      );
      const word = await fetch(docx);
      assert.equal(word.status, 200);
      assert.match(String(word.headers.get("content-type")), /wordprocessingml/);
      const xml = await (await JSZip.loadAsync(Buffer.from(await word.arrayBuffer()))).file("word/document.xml")?.async("string");
      assert.match(xml ?? "", /Innsyn: Ingrid Haugen/);
      assert.match(xml ?? "", /Ingrid Haugen orienterte om næringsparken/);
    });

    it("in the meeting chat: refused with a pointer to the 1:1 chat, and no link is made", async () => {
      const before = await linkCount();
      const answer = await first.ask(secretary, "personvern innsyn Ingrid Haugen");
      assert.equal(answer, personvernTexts("nb").onlyPersonal);
      assert.equal(await linkCount(), before);
    });

    it("by a participant, or someone of no group, in their 1:1 chat: refused, and no link is made", async () => {
      const before = await linkCount();
      for (const person of [member, other]) {
        const answer = await inPersonalChat(person).ask(person, "personvern innsyn Kari Nordmann");
        assert.equal(answer, personvernTexts("nb").notSecretary);
      }
      assert.equal(await linkCount(), before);
    });

    it("for a name nothing is stored under: says so, and makes no link", async () => {
      const answer = await inPersonalChat(chair).ask(chair, "personvern innsyn Petter Smart");
      assert.equal(answer, personvernTexts("nb").nobody("Petter Smart"));
    });

    const linkCount = async (): Promise<number> => {
      const { resources } = await running.storage.container("downloadLinks").items.query<number>("SELECT VALUE COUNT(1) FROM c").fetchAll();
      return Number(resources[0] ?? 0);
    };
  });
});
