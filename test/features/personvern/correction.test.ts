import assert from "node:assert/strict";
import { people, personalChat } from "../../../scripts/replay/activities";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { importTestGroup } from "../../support/test-group";
import { seedPersonInEveryDocument } from "./seed-person";

const { secretary, member } = people;
type Doc = Record<string, unknown>;

/**
 * Retting (GDPR art. 16): the secretary corrects a person's name, then their municipality, once; every
 * unapproved document that shows them follows, and the approved referat stays as it was approved.
 */
describe("personvern rett: a name or municipality corrected once, in every unapproved document", function () {
  this.timeout(180_000);
  let running: RunningBot;
  let chat: MeetingFlow;
  let approvedBefore: string;

  const documents = async (): Promise<Doc[]> => {
    const all: Doc[] = [];
    for (const name of ["meetings", "groups"]) {
      const { resources } = await running.storage.container(name).items.query<Doc>("SELECT * FROM c").fetchAll();
      all.push(...resources);
    }
    return all;
  };
  const isApproved = (doc: Doc): boolean => doc.docType === "referatVersion" && Boolean(doc.approved);

  before(async function () {
    this.timeout(180_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    await seedPersonInEveryDocument(running, 8141, { approve: true });
    chat = new MeetingFlow(() => running.bot.url, running.standIn, personalChat(secretary));
    approvedBefore = JSON.stringify((await documents()).find(isApproved)?.referat);
  });
  after(() => running?.stop());

  it("the name: membership, attendance, entries, follow-ups, notes and the draft follow; the approved referat does not", async () => {
    const answer = await chat.ask(secretary, "personvern rett ingrid haugen til Ingrid Haugen-Berg");
    assert.match(answer, /Rettet: Ingrid Haugen vises nå som Ingrid Haugen-Berg i \d+ dokumenter/);
    const docs = await documents();
    const unapproved = JSON.stringify(docs.filter((doc) => !isApproved(doc)));
    assert.doesNotMatch(unapproved.replaceAll("Ingrid Haugen-Berg", ""), /Ingrid Haugen/);
    const group = docs.find((doc) => doc.docType === "group") as { members: Array<{ name: string; aadObjectId?: string }> };
    assert.equal(group.members.find((m) => m.aadObjectId === member.aadObjectId)?.name, "Ingrid Haugen-Berg");
    for (const docType of ["attendee", "roundTableEntry", "followUp", "meeting", "referatVersion"]) {
      const shown = docs.filter((doc) => doc.docType === docType && !isApproved(doc)).map((doc) => JSON.stringify(doc));
      assert.ok(
        shown.some((text) => text.includes("Ingrid Haugen-Berg")),
        `${docType} shows the corrected name`,
      );
    }
    assert.equal(JSON.stringify(docs.find(isApproved)?.referat), approvedBefore);
    assert.match(approvedBefore, /Ingrid Haugen/);
  });

  it("the municipality: her membership and attendance follow; a municipality not in the group is refused", async () => {
    const refused = await chat.ask(secretary, "personvern rett Ingrid Haugen-Berg kommune Tromsø");
    assert.match(refused, /«Tromsø» er ikke en kommune i faggruppen/);
    assert.match(
      await chat.ask(secretary, "personvern rett Ingrid Haugen-Berg kommune oslo kommune"),
      /Ingrid Haugen-Berg \(Oslo kommune\)/,
    );
    const docs = await documents();
    const group = docs.find((doc) => doc.docType === "group") as { members: Array<{ municipality?: string; aadObjectId?: string }> };
    assert.equal(group.members.find((m) => m.aadObjectId === member.aadObjectId)?.municipality, "Oslo kommune");
    const attendees = docs.filter((doc) => doc.docType === "attendee" && doc.aadObjectId === member.aadObjectId);
    assert.ok(attendees.length >= 2 && attendees.every((a) => a.municipality === "Oslo kommune"), JSON.stringify(attendees));
  });
});
