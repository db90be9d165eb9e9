import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { people, personalChat } from "../../../scripts/replay/activities";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { personvernTexts } from "../../../src/features/personvern/texts";
import { containerNames } from "../../../src/storage/containers";
import { applyPersonRewrite, planPersonRewrite } from "../../../src/features/personvern/erasure";
import { PersonvernStore } from "../../../src/features/personvern";
import { MeetingIndexStore } from "../../../src/shared/meeting/meeting-index";
import { importTestGroup, TEST_GROUP_ID } from "../../support/test-group";
import { seedPersonInEveryDocument } from "./seed-person";

const { chair, secretary, member, other } = people;
const ERASED = [member.name, member.aadObjectId ?? "-", member.id];

type Doc = Record<string, unknown>;
const isApprovedVersion = (doc: Doc): boolean => doc.docType === "referatVersion" && Boolean(doc.approved);
const namesHer = (text: string): boolean => ERASED.some((value) => text.toLowerCase().includes(value.toLowerCase()));
const withoutSystem = (doc: Doc): Doc => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith("_")));

/**
 * Sletting (GDPR art. 17): the secretary erases a member, confirmed on a card. After a restart of the
 * store (its journal compacted) neither her name, her Entra id nor her Teams id is anywhere — in any
 * document of any container, or in any file of the data folders — outside the approved referat.
 */
describe("personvern slett: a person erased from every document and file, approved referats kept", function () {
  this.timeout(180_000);
  let running: RunningBot;
  let first: MeetingFlow;
  let secretaryChat: MeetingFlow;

  const everyDocument = async (): Promise<Array<{ container: string; doc: Doc }>> => {
    const all: Array<{ container: string; doc: Doc }> = [];
    for (const name of containerNames) {
      const { resources } = await running.storage.container(name).items.query<Doc>("SELECT * FROM c").fetchAll();
      // The retention sweep's daily claim is written on the bot's own clock, whatever the test does.
      const data = resources.filter((doc) => doc.docType !== "retentionSweep");
      all.push(...data.map((doc) => ({ container: name, doc: withoutSystem(doc) })));
    }
    return all;
  };
  const inPersonalChat = (person: typeof secretary) => new MeetingFlow(() => running.bot.url, running.standIn, personalChat(person));

  before(async function () {
    this.timeout(180_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    ({ first } = await seedPersonInEveryDocument(running, 8131, { approve: true }));
    secretaryChat = inPersonalChat(secretary);
    // An innsyn link names the person it is about: it goes too.
    assert.match(await secretaryChat.ask(secretary, "personvern innsyn Ingrid Haugen"), /Innsyn for Ingrid Haugen/);
    assert.ok((await everyDocument()).some(({ doc }) => !isApprovedVersion(doc) && namesHer(JSON.stringify(doc))));
  });
  after(() => running?.stop());

  it("a participant and someone of no group are refused, by command and by a forged click, and nothing changes", async () => {
    const before = await everyDocument();
    for (const person of [member, other]) {
      const chat = inPersonalChat(person);
      assert.equal(await chat.ask(person, "personvern slett Ingrid Haugen"), personvernTexts("nb").notGroupSecretary);
      assert.equal(await chat.ask(person, "personvern rett Ingrid Haugen til Ingrid Berg"), personvernTexts("nb").notGroupSecretary);
      const click = await chat.invoke(person, "personvern.erase", { name: member.name, aadObjectId: member.aadObjectId });
      assert.equal(click.status, 403, click.text);
    }
    assert.deepEqual(await everyDocument(), before);
  });

  it("in the meeting chat the secretary is pointed to the 1:1 chat, and nothing changes", async () => {
    const before = await everyDocument();
    assert.equal(await first.ask(secretary, "personvern slett Ingrid Haugen"), personvernTexts("nb").onlyPersonal);
    assert.equal((await first.invoke(secretary, "personvern.erase", { name: member.name })).status, 400);
    assert.deepEqual(await everyDocument(), before);
  });

  it("the confirmation card lists what is removed or anonymised, and the approved referat that stays", async () => {
    const before = await everyDocument();
    const answer = await secretaryChat.ask(secretary, "personvern slett ingrid haugen");
    for (const expected of [
      /Slette opplysningene om Ingrid Haugen\?/,
      /"title":"2","value":"oppmøteregistreringer"/,
      /"value":"innspill i runden rundt bordet"/,
      /"value":"oppfølgingspunkt"/,
      /"value":"medlemskap i faggruppen"/,
      /"value":"referatutkast"/,
      /"value":"innsynslenke"/,
      /1 godkjent referatversjon beholdes uendret/,
    ]) {
      assert.match(answer, expected);
    }
    assert.deepEqual(await everyDocument(), before, "showing the card changes nothing");
  });

  it("a document written between reading and erasing is read again: the new write is kept, and erased too", async () => {
    await first.ask(chair, "notat Lars Johansen var gjest");
    const services = {
      personvern: new PersonvernStore(
        running.storage.container("meetings"),
        running.storage.container("groups"),
        running.storage.container("downloadLinks"),
      ),
      meetingIndex: new MeetingIndexStore(running.storage.container("groups")),
    };
    const lars = { name: other.name };
    const plan = await planPersonRewrite(services, [TEST_GROUP_ID], lars, { kind: "erase", placeholder: "Tidligere medlem" });
    await first.ask(chair, "notat Lars Johansen kommer igjen i mars");
    assert.ok((await applyPersonRewrite(services, plan)) >= 1);
    const meeting = JSON.stringify(
      (await everyDocument()).find(({ doc }) => doc.docType === "meeting" && doc.meetingId === first.chat.meetingId),
    );
    assert.match(meeting, /Tidligere medlem var gjest/);
    assert.match(meeting, /Tidligere medlem kommer igjen i mars/);
    assert.doesNotMatch(meeting, /Lars Johansen/);
  });

  it("confirmed and after a restart: her name and ids are in no document and no file, except the approved referat", async () => {
    const click = await secretaryChat.click(secretary, "Slett opplysningene", { on: "personvern.erase" });
    assert.equal(click.status, 200, click.text);
    assert.match(
      click.text,
      /Opplysningene om Ingrid Haugen er slettet: \d+ dokumenter endret eller fjernet\. 1 godkjent referatversjon er beholdt/,
    );

    await running.storage.restart();
    const left = (await everyDocument()).filter(({ doc }) => !isApprovedVersion(doc) && namesHer(JSON.stringify(doc)));
    assert.deepEqual(left, []);
    const approved = (await everyDocument()).filter(({ doc }) => isApprovedVersion(doc));
    assert.equal(approved.length, 1);
    assert.ok(namesHer(JSON.stringify(approved[0]?.doc)), "the approved referat is kept as approved");

    const files = [running.storage.cosmos.dataDir, running.bot.dataDir].flatMap((dir) => filesUnder(dir));
    assert.ok(
      files.some((file) => file.endsWith("snapshot.jsonl")),
      files.join("\n"),
    );
    for (const file of files) {
      const lines = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/"docType":"referatVersion"/.test(line) || !/"approved":\{/.test(line));
      assert.deepEqual(lines.filter(namesHer), [], file);
    }
  });

  it("the group's other data stays: the others are members, her check-in is «Tidligere medlem», the next referat reads", async () => {
    const docs = await everyDocument();
    const group = docs.find(({ doc }) => doc.docType === "group")?.doc as { members: Array<{ name: string }> };
    assert.deepEqual(group.members.map((m) => m.name).sort(), [chair.name, secretary.name].sort());
    const attendees = docs.filter(({ doc }) => doc.docType === "attendee").map(({ doc }) => doc);
    assert.ok(
      attendees.some((a) => a.name === "Tidligere medlem" && typeof a.checkedInAt === "string" && a.municipality === "Kongsvinger"),
    );
    const entry = docs.find(({ doc }) => doc.docType === "roundTableEntry")?.doc as { bullets: Array<{ text: string }> };
    assert.match(JSON.stringify(entry.bullets), /Rettet status/);

    await first.ask(chair, "notat Etter slettingen");
    assert.match(await first.ask(secretary, "referat"), /Versjon 3 av utkastet er klar/);
    const versions = (await everyDocument()).filter(({ doc }) => doc.docType === "referatVersion").map(({ doc }) => doc);
    const draft = JSON.stringify(versions.find((version) => version.version === 3)?.referat);
    assert.match(draft, /Tidligere medlem/);
    assert.match(draft, /Etter slettingen/);
    assert.match(draft, /Kari Nordmann/);
    assert.ok(!namesHer(draft), draft);
  });

  it("a second «slett» finds nothing left and changes nothing", async () => {
    const before = await everyDocument();
    const answer = await secretaryChat.ask(secretary, "personvern slett Ingrid Haugen");
    assert.equal(answer, personvernTexts("nb").nothingToErase("Ingrid Haugen"));
    const click = await secretaryChat.click(secretary, "Slett opplysningene", { on: "personvern.erase" });
    assert.match(click.text, /Det er ikke lagret noe mer om Ingrid Haugen/);
    assert.deepEqual(await everyDocument(), before);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
