import assert from "node:assert/strict";
import { people, personalChat } from "../../../scripts/replay/activities";
import { startBot, type BotProcess } from "../../../scripts/replay/bot-process";
import { ConnectorStandIn } from "../../../scripts/replay/connector-standin";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { startTestStorage, type TestStorage } from "../../../scripts/replay/test-storage";
import { TestClock } from "../../harness/test-clock";
import { importTestGroup, runningMeeting } from "../../support/test-group";

const { chair, secretary, member } = people;
const APPROVED_AT = "2027-01-11T10:00:00Z";
/** 24 months and a day after the approval: the sweep of that Oslo day deletes the working documents. */
const SWEEP_DAY = "2029-01-12";

type Doc = Record<string, unknown>;

/**
 * RETENTION_MONTHS (default 24): the daily sweep deletes a meeting's working documents that many
 * months after its referat was approved, and keeps the approved version and the archive. Two bot
 * processes share the store and a test clock; the day's claim lets exactly one of them sweep.
 */
describe("retention: working documents deleted 24 months after approval, by one of two instances, once", function () {
  this.timeout(180_000);
  let storage: TestStorage;
  let standIn: ConnectorStandIn;
  let clock: TestClock;
  let bots: BotProcess[] = [];

  const partition = async (meetingId: string): Promise<Doc[]> => {
    const { resources } = await storage
      .container("meetings")
      .items.query<Doc>({ query: "SELECT * FROM c WHERE c.meetingId = @id", parameters: [{ name: "@id", value: meetingId }] })
      .fetchAll();
    return resources;
  };
  const ids = (docs: Doc[]): string[] => docs.map((doc) => String(doc.id)).sort();
  const everything = async (container: string): Promise<string[]> => {
    const { resources } = await storage.container(container).items.query<Doc>("SELECT * FROM c").fetchAll();
    return resources.map((doc) => `${String(doc.id)}:${String(doc._etag)}`).sort();
  };

  before(async () => {
    storage = await startTestStorage();
    standIn = await ConnectorStandIn.start();
    standIn.sharedBetweenProcesses();
    clock = new TestClock(APPROVED_AT);
    await importTestGroup(storage.env);
    const env = { ...storage.env, ...clock.env, REMINDER_SWEEP_SECONDS: "0.2", LOG_LEVEL: "info" };
    bots = [await startBot(env), await startBot(env)];
  });
  after(async () => {
    for (const bot of bots) await bot.stop();
    await standIn?.close();
    await storage?.close();
  });

  it("deletes exactly the approved meeting's working documents; its approved referat, the archive and the other meeting stay", async () => {
    const [a, b] = bots as [BotProcess, BotProcess];
    const running = { storage, standIn, bot: a, stop: async () => undefined };
    const approved = await runningMeeting(running, 8151);
    MeetingFlow.cardOf(await approved.invoke(member, "attendance.checkIn", { meetingId: approved.chat.meetingId }));
    await approved.ask(chair, "notat Arealene er kartlagt");
    await approved.ask(secretary, "referat");
    assert.match(await approved.ask(chair, "referat godkjenn"), /godkjent/i);
    const unapproved = await runningMeeting({ ...running, bot: b }, 8152);
    await unapproved.ask(chair, "notat Ikke godkjent ennå");
    await unapproved.ask(secretary, "referat");

    const approvedId = approved.chat.meetingId ?? "";
    const before = await partition(approvedId);
    assert.ok(before.some((doc) => doc.docType === "attendee") && before.some((doc) => doc.docType === "meeting"));
    const unapprovedBefore = await everything("meetings").then((all) =>
      all.filter((id) => !before.some((doc) => id.startsWith(`${String(doc.id)}:`))),
    );
    const groupsBefore = await everything("groups");

    // A day short of 24 months: nothing goes.
    clock.set("2029-01-10T12:00:00Z");
    await claimDone("2029-01-10");
    assert.deepEqual(ids(await partition(approvedId)), ids(before));

    clock.set(`${SWEEP_DAY}T12:00:00Z`);
    const claim = await claimDone(SWEEP_DAY);
    const after = await partition(approvedId);
    assert.deepEqual(ids(after), ["referat", "referat:v1"]);
    assert.ok(after.some((doc) => doc.docType === "referatVersion" && doc.approved));
    const links = await storage
      .container("downloadLinks")
      .items.query<Doc>({ query: "SELECT * FROM c WHERE c.meetingId = @id", parameters: [{ name: "@id", value: approvedId }] })
      .fetchAll();
    assert.deepEqual(links.resources, []);
    assert.deepEqual(await everything("groups"), groupsBefore, "the group, its follow-ups and the archive index are untouched");
    const meetingsNow = await everything("meetings");
    for (const id of unapprovedBefore) assert.ok(meetingsNow.includes(id), `the unapproved meeting's ${id} is untouched`);

    // Once: one instance swept that day, and said so once.
    const sweeps = bots.map(
      (bot) =>
        bot
          .output()
          .split("\n")
          .filter((line) => line.includes("retention sweep done") && line.includes(SWEEP_DAY)).length,
    );
    assert.deepEqual(sweeps.sort(), [0, 1], JSON.stringify(claim));
    assert.match(String(claim.outcome), /^\d+ working documents of 1 meetings deleted/);

    const archive = await unapproved.ask(member, "referat arkiv");
    assert.match(archive, /8151|Faggruppemøte/);
  });

  it("the meeting without an approved referat is kept, and listed for the secretary", async () => {
    const chat = new MeetingFlow(() => bots[0]?.url ?? "", standIn, personalChat(secretary));
    const answer = await chat.ask(secretary, "personvern");
    assert.match(answer, /slettes 24 måneder etter at referatet ble godkjent/);
    assert.match(
      answer,
      /har ikke godkjent referat, så de beholdes til referatet er godkjent: Faggruppemøte Næringssamarbeid \(11\. september 2025\)/,
    );
  });

  it("the privacy page says what is stored, for how long, and the commands that answer a request", async () => {
    const response = await fetch(`${bots[0]?.url ?? ""}/personvern`);
    assert.equal(response.status, 200);
    const page = await response.text();
    for (const expected of [
      /slettes automatisk 24 måneder etter at referatet ble godkjent/,
      /personvern innsyn ‹navn›/,
      /personvern rett ‹navn› til ‹riktig navn›/,
      /personvern slett ‹navn›/,
      /arkivloven § 6/,
      /forfall med eventuell grunn/,
    ]) {
      assert.match(page, expected);
    }
  });

  async function claimDone(day: string): Promise<Doc> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const { resource } = await storage.container("schedule").item("retention-sweep", day).read<Doc>();
      if (resource?.state === "done") return resource;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no retention sweep done on ${day}`);
  }
});
