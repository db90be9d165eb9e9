/**
 * Follow-ups under bad input and races: refused with a Norwegian message and nothing stored; two
 * leaders on the same follow-up at once lose no history; 60 changes on 60 follow-ups at once all land.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { people } from "../../../scripts/replay/activities";
import type { HttpResult } from "../../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { AGENDA_TEXT, type MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { snapshotChanges, storageSnapshot } from "../../support/storage-snapshot";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID } from "../../support/test-group";
import { importGroupData } from "../../../scripts/replay/run-group-import";
import { followUpDocId, type FollowUp } from "../../../src/features/followups/follow-up";

const { chair, secretary, member } = people;
const x = (n: number): string => "x".repeat(n);

function messageOf(response: HttpResult): string {
  const body = response.body as { value?: unknown };
  const error = body.value as { message?: unknown } | undefined;
  if (typeof body.value === "string") return body.value;
  if (typeof error?.message === "string") return error.message;
  throw new Error(`no message: ${response.status} ${response.text.slice(0, 300)}`);
}

describe("follow-ups: limits, roles, forged data and races", function () {
  this.timeout(120_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  const meetingId = (): string => flow.chat.meetingId ?? "";
  const stored = async (groupId = TEST_GROUP_ID): Promise<FollowUp[]> => {
    const { resources } = await running.storage
      .container("groups")
      .items.query<FollowUp>({ query: "SELECT * FROM c WHERE c.docType = 'followUp'" }, { partitionKey: groupId })
      .fetchAll();
    return resources;
  };
  /** A follow-up written straight to storage (the bot's own shape), for the tests that need many. */
  const seed = async (n: number, groupId = TEST_GROUP_ID): Promise<FollowUp[]> => {
    const now = new Date().toISOString();
    const docs = Array.from({ length: n }, (_, i): FollowUp => {
      const id = followUpDocId(randomUUID());
      return {
        id,
        groupId,
        docType: "followUp",
        text: `Oppfølging ${i}`,
        origin: { meetingId: "eldre-møte", meetingStart: "2025-06-01T08:00:00Z", itemKey: "k", itemNumber: 1, itemTitle: "Sak" },
        status: "open",
        history: [],
        createdAt: now,
        createdBy: { name: "Seed" },
        updatedAt: now,
      };
    });
    await Promise.all(docs.map((doc) => running.storage.container("groups").items.upsert(doc)));
    return docs;
  };

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 991);
    assert.equal((await flow.invoke(secretary, "agenda.save", { meetingId: meetingId(), agendaText: AGENDA_TEXT })).status, 200);
    await flow.ask(secretary, "start nå");
  });
  after(() => running?.stop());

  it("refuses too long, a bad or earlier date, and a participant; nothing stored", async () => {
    const before = await storageSnapshot(running.storage);
    const cases: Array<[string, string]> = [
      [`oppfølging ${x(1001)}`, "Oppfølgingspunktet er for langt (høyst 1000 tegn)."],
      [`oppfølging Noe; ${x(201)}`, "Navnet på den ansvarlige er for langt (høyst 200 tegn)."],
      ["oppfølging Noe; Asker; 31.02.2026", "Fristen er ikke en gyldig dato. Skriv f.eks. «1. april 2026» eller «2026-04-01»."],
      ["oppfølging Noe; Asker; i morgen", "Fristen er ikke en gyldig dato. Skriv f.eks. «1. april 2026» eller «2026-04-01»."],
      ["oppfølging Noe; Asker; 10.09.2025", "Fristen kan ikke være før møtet."],
      ["oppfølging Noe; Asker; 31.12.9999", "Fristen kan ikke være mer enn to år etter møtet."],
      ["oppfølging ; Asker", "Skriv hva som skal følges opp."],
    ];
    for (const [typed, message] of cases) assert.equal(await flow.ask(chair, typed), message, typed);
    assert.equal(await flow.ask(member, "oppfølging Noe"), "Bare møteleder og sekretær kan gjøre dette.");
    const card = await flow.invoke(secretary, "meeting.followUp", { meetingId: meetingId(), followUpText: x(1001) });
    assert.equal(messageOf(card), "Oppfølgingspunktet er for langt (høyst 1000 tegn).");
    const byMember = await flow.invoke(member, "meeting.followUp", { meetingId: meetingId(), followUpText: "Noe" });
    assert.equal(byMember.status, 403);
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
  });

  it("a participant cannot change a status; forged data naming another group's follow-up finds nothing", async () => {
    await importGroupData(running.storage.env, {
      groupId: "annen-gruppe",
      name: "Annen",
      leaderTitle: "",
      municipalities: ["Asker"],
      members: [],
    });
    const [foreign] = await seed(1, "annen-gruppe");
    const [own] = await seed(1);
    assert.ok(foreign && own);
    const before = await storageSnapshot(running.storage);
    const participant = await flow.invoke(member, "followup.status", { meetingId: meetingId(), followUpId: own.id, status: "done" });
    assert.equal(participant.status, 403);
    assert.equal(messageOf(participant), "Bare møteleder og sekretær kan gjøre dette.");
    const forged = await flow.invoke(chair, "followup.status", { meetingId: meetingId(), followUpId: foreign.id, status: "done" });
    assert.equal(forged.status, 404);
    assert.equal(messageOf(forged), "Fant ikke oppfølgingspunktet i denne faggruppen.");
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
  });

  it("two leaders on the same follow-up at once: one status stands, both changes are in its history", async () => {
    const [target] = await seed(1);
    assert.ok(target);
    const [a, b] = await Promise.all([
      flow.invoke(chair, "followup.status", { meetingId: meetingId(), followUpId: target.id, status: "done" }),
      flow.invoke(secretary, "followup.status", { meetingId: meetingId(), followUpId: target.id, status: "dropped" }),
    ]);
    assert.deepEqual([a.status, b.status], [200, 200]);
    const after = (await stored()).find((f) => f.id === target.id);
    assert.deepEqual(after?.history.map((h) => h.status).sort(), ["done", "dropped"]);
    assert.equal(after?.status, after?.history.at(-1)?.status, "the later change stands");
  });

  it("60 status changes on 60 follow-ups at once: all stored", async () => {
    const many = await seed(60);
    const answers = await Promise.all(
      many.map((f, i) =>
        flow.invoke(i % 2 ? chair : secretary, "followup.status", { meetingId: meetingId(), followUpId: f.id, status: "done" }),
      ),
    );
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [200]);
    const byId = new Map((await stored()).map((f) => [f.id, f]));
    assert.ok(many.every((f) => byId.get(f.id)?.status === "done" && byId.get(f.id)?.history.length === 1));
  });

  it("195 open follow-ups and 20 oppfølging at once: 200 open, not more", async () => {
    const open = (await stored()).filter((f) => f.status === "open").length;
    await seed(195 - open);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => flow.say(i % 2 ? chair : secretary, `oppfølging Punkt ${i}`)));
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [200]);
    assert.equal((await stored()).filter((f) => f.status === "open").length, 200);
  });

  it("more than 200 open follow-ups in a group: the next one is refused", async () => {
    const open = (await stored()).filter((f) => f.status === "open").length;
    await seed(200 - open);
    const count = (await stored()).filter((f) => f.status === "open").length;
    assert.ok(count >= 200, `${count} open`);
    const before = await storageSnapshot(running.storage);
    assert.equal(
      await flow.ask(chair, "oppfølging En til"),
      "Faggruppen har allerede 200 åpne oppfølgingspunkter. Merk noen som ferdige eller utgått først.",
    );
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
  });
});
