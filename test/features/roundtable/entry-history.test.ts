/**
 * A round-table entry keeps its revisions: a newcomer who writes over another municipality's
 * text shows as "endret av" on the shared card, the chair and secretary see every revision on the
 * form and can bring an earlier one back (a revision of its own); the referat uses the current one.
 */
import { askReferat } from "../../../scripts/replay/replay-scenario";
import assert from "node:assert/strict";
import { eventually } from "../../support/eventually";
import type { RoundTableEntry } from "../../../src/features/roundtable/roundtable";
import { entryId } from "../../../src/features/roundtable/store";
import { people } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { answerOf } from "../../support/invoke-answer";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting } from "../../support/test-group";

/** The shared round-table card as the chat shows it now. */
const sharedCardOf = (flow: MeetingFlow): string => {
  const id = flow.messageWith("roundtable.form");
  return JSON.stringify(flow.standIn.messages(flow.chat.conversationId).find((m) => m.activityId === id)?.activity);
};

/** Kongsvinger's entry as stored. */
const storedKongsvinger = async (running: RunningBot, flow: MeetingFlow): Promise<RoundTableEntry> => {
  const { resource } = await running.storage
    .container("meetings")
    .item(entryId("Kongsvinger"), flow.chat.meetingId ?? "")
    .read<RoundTableEntry>();
  assert.ok(resource);
  return resource;
};

describe("round-table entry history: who changed it, and restoring an earlier revision", () => {
  let running: RunningBot;
  let flow: MeetingFlow;
  const newcomer = people.other; // not in the group: picks a municipality on the form

  const sharedCard = (): string => sharedCardOf(flow);
  const kongsvinger = (): Promise<RoundTableEntry> => storedKongsvinger(running, flow);
  /** The form's own "Send inn" (or "Erstatt innlegget", for a newcomer told whose entry they replace). */
  const submit = async (person: typeof newcomer, text: string) => {
    const form = JSON.stringify(await formFor(person));
    const baseRevision = /"baseRevision":"(\d*)"/.exec(form)?.[1] ?? "";
    const replaceConfirmed = /"replaceConfirmed":"(\w*)"/.exec(form)?.[1] ?? "";
    return flow.invoke(person, "roundtable.submit", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      formMunicipality: "Kongsvinger",
      baseRevision,
      entryText: text,
      replaceConfirmed,
    });
  };
  const formFor = async (person: typeof newcomer): Promise<Record<string, unknown>> =>
    MeetingFlow.cardOf(await flow.invoke(person, "roundtable.form", { meetingId: flow.chat.meetingId, municipality: "Kongsvinger" }));

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 981);
    assert.equal(
      (await flow.invoke(people.secretary, "agenda.save", { meetingId: flow.chat.meetingId, agendaText: AGENDA_TEXT })).status,
      200,
    );
    await flow.ask(people.secretary, "start nå");
    await flow.ask(people.secretary, "rundebord Status");
  });
  after(async () => running?.stop());

  it("the member writes, then a newcomer writes over it: the shared card says who changed it and when", async () => {
    MeetingFlow.cardOf(await submit(people.member, "• Bredbånd til alle husstander er ferdig"));
    await eventually(() => assert.doesNotMatch(sharedCard(), /endret av/));
    const first = await kongsvinger();

    // The newcomer's form tells them whose entry they replace; its button says so.
    const form = JSON.stringify(await formFor(newcomer));
    assert.doesNotMatch(form, /Tidligere versjoner/, "only the chair and secretary see the history");
    assert.match(form, /Kongsvinger har allerede et innlegg fra Ingrid Haugen\. Teksten din erstatter det/);
    assert.match(form, /"title":"Erstatt innlegget"/);
    MeetingFlow.cardOf(await submit(newcomer, "• Ingenting nytt"));
    const time = new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit" }).format(
      new Date((await kongsvinger()).updatedAt),
    );
    await eventually(() => assert.match(sharedCard(), new RegExp(`Kongsvinger.*endret av Lars Johansen kl\\. ${time}`)));
    const entry = await kongsvinger();
    assert.deepEqual(
      entry.history?.map((r) => [r.revision, r.by.name, r.bullets.map((b) => b.text)]),
      [
        [1, "Ingrid Haugen", ["Bredbånd til alle husstander er ferdig"]],
        [2, "Lars Johansen", ["Ingenting nytt"]],
      ],
    );
    assert.equal(entry.history?.[0]?.at, first.updatedAt);
  });

  it("the chair's form lists every revision, newest first, each but the current one with a restore button", async () => {
    const form = await formFor(people.chair);
    assert.deepEqual(adaptiveCardErrors(form), []);
    const text = JSON.stringify(form);
    assert.match(text, /Tidligere versjoner/);
    const lines = [...text.matchAll(/Versjon (\d) – ([^,]+),/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(lines, ["2 Lars Johansen", "1 Ingrid Haugen"]);
    assert.match(text, /gjeldende/);
    const restoreVerbs = [...text.matchAll(/"verb":"roundtable.restore"[^}]*"revision":"(\d)"/g)].map((m) => m[1]);
    assert.deepEqual(restoreVerbs, ["1"]);
  });

  it("a member may not restore; the chair restores the first revision (it becomes revision 3); the referat uses the current", async () => {
    const refused = await flow.invoke(people.member, "roundtable.restore", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      revision: "1",
    });
    assert.equal(refused.status, 403, refused.text);
    assert.equal((await kongsvinger()).revision, 2);

    const form = MeetingFlow.cardOf(
      await flow.invoke(people.chair, "roundtable.restore", { meetingId: flow.chat.meetingId, municipality: "Kongsvinger", revision: "1" }),
    );
    assert.match(JSON.stringify(form), /Versjon 3 – Kari Nordmann, [^"]*hentet tilbake fra versjon 1/);
    const entry = await kongsvinger();
    assert.equal(entry.revision, 3);
    assert.deepEqual(
      entry.bullets.map((b) => b.text),
      ["Bredbånd til alle husstander er ferdig"],
    );
    assert.deepEqual(
      entry.contributors.map((c) => c.name),
      ["Ingrid Haugen"],
      "the newcomer's name leaves the entry with their text",
    );
    assert.equal(entry.history?.at(-1)?.restoredFrom, 1);
    await eventually(() => assert.match(sharedCard(), /Kongsvinger.*✓ Ingrid Haugen/));
    await eventually(() =>
      assert.doesNotMatch(sharedCard(), /endret av/, "the chair's restore brings back the municipality's own text: nothing to confirm"),
    );

    MeetingFlow.cardOf(await submit(people.member, "• Bredbånd til alle husstander er ferdig\n• Nytt næringsområde regulert"));
    await eventually(() =>
      assert.doesNotMatch(sharedCard(), /endret av/, "a change by someone who wrote the entry before is no change of hands"),
    );

    const again = await flow.invoke(people.chair, "roundtable.restore", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      revision: "4",
    });
    assert.equal(answerOf(again), "Den versjonen er allerede gjeldende tekst.");
    const gone = await flow.invoke(people.chair, "roundtable.restore", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      revision: "9",
    });
    assert.equal(answerOf(gone), "Den versjonen finnes ikke lenger for denne kommunen.");

    await flow.ask(people.chair, "notat Innkallingen er godkjent");
    const { markdown: referat = "" } = await askReferat(flow, people.secretary);
    assert.match(referat, /Nytt næringsområde regulert/);
    assert.doesNotMatch(referat, /Ingenting nytt/);
  });
});

describe("an entry written over by someone new: told first, named until confirmed, the municipality's text kept", () => {
  let running: RunningBot;
  let flow: MeetingFlow;
  const newcomer = people.other;

  const sharedCard = (): string => sharedCardOf(flow);
  const kongsvinger = (): Promise<RoundTableEntry> => storedKongsvinger(running, flow);
  const save = (person: typeof newcomer, entryText: string, baseRevision: number, replaceConfirmed = "") =>
    flow.invoke(person, "roundtable.submit", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      formMunicipality: "Kongsvinger",
      baseRevision: baseRevision === 0 ? "" : String(baseRevision),
      entryText,
      replaceConfirmed,
    });
  const rowOfKongsvinger = (): string => /"title":"Kongsvinger","value":"([^"]*)"/.exec(sharedCard())?.[1] ?? sharedCard();

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 982);
    const agenda = await flow.invoke(people.secretary, "agenda.save", { meetingId: flow.chat.meetingId, agendaText: AGENDA_TEXT });
    assert.equal(agenda.status, 200);
    await flow.ask(people.secretary, "start nå");
    await flow.ask(people.secretary, "rundebord Status");
    assert.equal((await save(people.member, "• Ingrids status: bredbånd ferdig", 0)).status, 200);
  });
  after(async () => running?.stop());

  it("a newcomer's save without confirming changes nothing and shows whose entry it would replace", async () => {
    const answer = JSON.stringify(MeetingFlow.cardOf(await save(newcomer, "• Nils sin tekst", 1)));
    assert.match(answer, /Kongsvinger har allerede et innlegg fra Ingrid Haugen/);
    assert.match(answer, /Nils sin tekst/, "their text stays in the box");
    assert.equal((await kongsvinger()).revision, 1);
  });

  it("confirmed, the newcomer's text stands; after their second save the card still names them and only them", async function () {
    this.timeout(30_000);
    assert.equal((await save(newcomer, "• Nils sin tekst", 1, "true")).status, 200);
    await eventually(() => assert.match(rowOfKongsvinger(), /✓ Lars Johansen – .* · endret av Lars Johansen/));
    assert.equal((await save(newcomer, "• Nils sin tekst, rettet", 2)).status, 200);
    await eventually(() => assert.match(rowOfKongsvinger(), /^✓ Lars Johansen – .* · endret av Lars Johansen kl\. \d\d:\d\d$/));
    const { markdown = "" } = await askReferat(flow, people.secretary);
    assert.match(markdown, /Kongsvinger – Lars Johansen/);
    assert.doesNotMatch(markdown, /Ingrid/, "the referat names the current text's writer only");
  });

  it("the one who made the change cannot confirm it; 20 more saves keep the municipality's first revision", async function () {
    this.timeout(60_000);
    const own = await flow.invoke(newcomer, "roundtable.confirm", { meetingId: flow.chat.meetingId, municipality: "Kongsvinger" });
    assert.match(own.text, /ikke den som gjorde den/);
    for (let revision = 3; revision <= 22; revision++) {
      assert.equal((await save(newcomer, `• Nils sin tekst, versjon ${revision + 1}`, revision)).status, 200);
    }
    const entry = await kongsvinger();
    assert.equal(entry.revision, 23);
    assert.deepEqual(
      entry.history?.filter((r) => r.by.name === "Ingrid Haugen").map((r) => r.revision),
      [1],
      "Ingrid's revision is kept",
    );
    assert.ok((entry.history?.length ?? 0) <= 21 + 1, `${entry.history?.length} revisions kept`);
  });

  it("a member of the municipality confirms: the card stops naming the newcomer; the chair brings back revision 1", async () => {
    const form = JSON.stringify(
      MeetingFlow.cardOf(
        await flow.invoke(people.member, "roundtable.form", { meetingId: flow.chat.meetingId, municipality: "Kongsvinger" }),
      ),
    );
    assert.match(form, /Endret av Lars Johansen .* ikke bekreftet av kommunen ennå/);
    assert.match(form, /"verb":"roundtable.confirm"/);
    const confirmed = await flow.invoke(people.member, "roundtable.confirm", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
    });
    assert.equal(confirmed.status, 200);
    await eventually(() => assert.doesNotMatch(rowOfKongsvinger(), /endret av/));
    assert.equal((await kongsvinger()).revision, 23, "confirming changes no text");

    const restored = await flow.invoke(people.chair, "roundtable.restore", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      revision: "1",
    });
    assert.equal(restored.status, 200, restored.text);
    const entry = await kongsvinger();
    assert.deepEqual(
      entry.bullets.map((b) => b.text),
      ["Ingrids status: bredbånd ferdig"],
    );
    assert.deepEqual(
      entry.contributors.map((c) => c.name),
      ["Ingrid Haugen"],
    );
  });
});
