/**
 * A round-table entry keeps its revisions: a newcomer who writes over another municipality's
 * text shows as "endret av" on the shared card, the chair and secretary see every revision on the
 * form and can bring an earlier one back (a revision of its own); the referat uses the current one.
 */
import { askReferat } from "../../../scripts/replay/replay-scenario";
import assert from "node:assert/strict";
import { eventually } from "../../support/eventually";
import type { RoundTableEntry } from "../../../src/features/roundtable/roundtable";
import { people } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { answerOf } from "../../support/invoke-answer";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting } from "../../support/test-group";

describe("round-table entry history: who changed it, and restoring an earlier revision", () => {
  let running: RunningBot;
  let flow: MeetingFlow;
  const newcomer = people.other; // not in the group: picks a municipality on the form

  const sharedCard = (): string => {
    const id = flow.messageWith("roundtable.form");
    return JSON.stringify(flow.standIn.messages(flow.chat.conversationId).find((m) => m.activityId === id)?.activity);
  };
  const kongsvinger = async (): Promise<RoundTableEntry> => {
    const { resources } = await running.storage
      .container("meetings")
      .items.query<RoundTableEntry>({
        query: "SELECT * FROM c WHERE c.docType = 'roundTableEntry' AND c.meetingId = @m AND c.municipality = 'Kongsvinger'",
        parameters: [{ name: "@m", value: flow.chat.meetingId ?? "" }],
      })
      .fetchAll();
    assert.equal(resources.length, 1);
    return resources[0] as RoundTableEntry;
  };
  /** "Send inn" from a form that showed the entry as it stands (its revision). */
  const submit = async (person: typeof newcomer, text: string) => {
    const form = JSON.stringify(await formFor(person));
    const baseRevision = /"baseRevision":"(\d*)"/.exec(form)?.[1] ?? "";
    return flow.invoke(person, "roundtable.submit", {
      meetingId: flow.chat.meetingId,
      municipality: "Kongsvinger",
      formMunicipality: "Kongsvinger",
      baseRevision,
      entryText: text,
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

    // The newcomer's form already offers the entry with its revision: they replace it.
    const form = await formFor(newcomer);
    assert.doesNotMatch(JSON.stringify(form), /Tidligere versjoner/, "only the chair and secretary see the history");
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
      assert.match(sharedCard(), /Kongsvinger.*endret av Kari Nordmann/, "the restore is a change by the chair, who had not written it"),
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
