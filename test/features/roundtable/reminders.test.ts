import assert from "node:assert/strict";
import { people, meetingChat, type Person } from "../../../scripts/replay/activities";
import { startBot, type BotProcess } from "../../../scripts/replay/bot-process";
import { ConnectorStandIn, type RecordedActivity } from "../../../scripts/replay/connector-standin";
import { startTestStorage, type TestStorage } from "../../../scripts/replay/test-storage";
import { TestClock } from "../../harness/test-clock";
import { ManagedIdentityStandIn } from "../../harness/managed-identity-standin";
import { alternately } from "../../support/alternating-delivery";
import { representative } from "../../support/crowd-group";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importGroupData } from "../../../scripts/replay/run-group-import";
import type { ScheduledReminder } from "../../../src/features/roundtable/reminders/schedule-store";

const GROUP = "reminder-group";
const reps = {
  asker1: representative("rem-asker-1", "Astrid Asker"),
  asker2: representative("rem-asker-2", "Arne Asker"),
  baerum: representative("rem-baerum", "Bjørg Bærum"),
  drammen: representative("rem-drammen", "Dag Drammen"),
};
const municipalityOf = new Map<Person, string>([
  [reps.asker1, "Asker"],
  [reps.asker2, "Asker"],
  [reps.baerum, "Bærum"],
  [reps.drammen, "Drammen"],
]);
const SWEEP = { REMINDER_SWEEP_SECONDS: "0.2" };

/** The messages the bot posted in the chat that are reminders, and whom each @mentions. */
function reminders(standIn: ConnectorStandIn, conversationId: string): Array<{ text: string; mentioned: string[] }> {
  return standIn
    .recorded(conversationId)
    .filter((a: RecordedActivity) => a.operation === "send" && String(a.activity.text ?? "").startsWith("Påminnelse: fristen"))
    .map((a) => ({
      text: String(a.activity.text),
      mentioned: ((a.activity.entities as Array<{ mentioned?: { name?: string } }> | undefined) ?? [])
        .map((e) => e.mentioned?.name ?? "")
        .sort(),
    }));
}

async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 8000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("round-table reminders: sent by the bot itself, exactly once, on working days", function () {
  this.timeout(120_000);
  let storage: TestStorage;
  let standIn: ConnectorStandIn;
  let clock: TestClock;
  let bots: BotProcess[] = [];

  const env = () => ({ ...storage.env, ...clock.env, ...SWEEP });
  const stateOf = async (flow: MeetingFlow, day: string): Promise<string[]> =>
    (await scheduleOf(day)).filter((r) => r.meetingId === flow.chat.meetingId).map((r) => r.state);
  const activitiesPath = (flow: MeetingFlow) =>
    new RegExp(`^/v3/conversations/${flow.chat.conversationId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/activities$`);

  const scheduleOf = async (day: string): Promise<ScheduledReminder[]> => {
    const { resources } = await storage
      .container("schedule")
      .items.query<ScheduledReminder>({
        query: "SELECT * FROM c WHERE c.day = @d AND c.docType = 'roundTableReminder'",
        parameters: [{ name: "@d", value: day }],
      })
      .fetchAll();
    return resources;
  };

  /** A meeting chat of the group whose Teams meeting starts at `start`, with everyone in its roster. */
  const meetingOf = async (n: number, start: string): Promise<MeetingFlow> => {
    const chat = meetingChat(n);
    standIn.setMeeting(chat.meetingId ?? "", { details: { title: `Møte ${n}`, scheduledStartTime: start }, organizer: {} });
    standIn.setMembers(
      chat.conversationId,
      [people.chair, people.secretary, ...Object.values(reps)].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
    // Each delivery to the next of the processes running now (the tests restart them).
    let next = 0;
    const flow = new MeetingFlow(
      () => bots[0]?.url ?? "",
      standIn,
      chat,
      (activity) => alternately([bots[next++ % bots.length] as BotProcess])(activity),
    );
    await flow.say(people.secretary, "oppsett");
    await standIn.waitFor((a) => a.conversationId === chat.conversationId && JSON.stringify(a.activity).includes("setup.link"));
    MeetingFlow.cardOf(await flow.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: GROUP } }));
    assert.match(await flow.ask(people.chair, "rundebord Status"), /er åpnet/);
    return flow;
  };

  const submit = async (flow: MeetingFlow, person: Person): Promise<void> => {
    const form = MeetingFlow.cardOf(await flow.click(person, "Send inn for min kommune", { on: "roundtable.form" }));
    MeetingFlow.cardOf(
      await flow.click(person, "Send inn", {
        card: form,
        activityId: flow.messageWith("roundtable.form"),
        inputs: { entryText: `Status fra ${municipalityOf.get(person)}`, municipality: municipalityOf.get(person) },
      }),
    );
  };

  before(async () => {
    storage = await startTestStorage();
    standIn = await ConnectorStandIn.start();
    // Two processes (and restarts) write to the same chats: Teams' 429 tells each of the other's calls.
    standIn.sharedBetweenProcesses();
    clock = new TestClock("2027-02-24T09:00:00Z"); // Wednesday 10:00 in Oslo
    await importGroupData(storage.env, {
      groupId: GROUP,
      name: "Faggruppe for påminnelser",
      municipalities: ["Asker", "Bærum", "Drammen"],
      members: [
        { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair" },
        { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" },
        ...[...municipalityOf].map(([p, m]) => ({ name: p.name, aadObjectId: p.aadObjectId, municipality: m })),
      ],
    });
    bots = [await startBot(env()), await startBot(env())];
  });
  after(async () => {
    for (const bot of bots) await bot.stop();
    await standIn?.close();
    await storage?.close();
  });

  it("two processes, the clock moved across both moments: one reminder each, mentioning exactly the waiting people", async () => {
    const flow = await meetingOf(901, "2027-03-04T08:00:00Z");
    const everyoneDone = await meetingOf(902, "2027-03-04T08:00:00Z");
    // Refused, nothing stored: no date, past, after the meeting's start, by a participant.
    assert.equal(
      await flow.ask(people.secretary, "rundebord frist snart"),
      "Skriv fristen som en dato, f.eks. «rundebord frist 2. mars kl. 12:00».",
    );
    assert.equal(await flow.ask(people.secretary, "rundebord frist 1.2.2027"), "Fristen har allerede gått. Velg et tidspunkt fram i tid.");
    assert.equal(
      await flow.ask(people.secretary, "rundebord frist 5. mars 2027"),
      "Fristen må være før møtet starter (4. mars 2027, kl. 09:00).",
    );
    assert.equal(await flow.ask(reps.asker1, "rundebord frist 2. mars"), "Bare møteleder og sekretær kan gjøre dette.");
    assert.equal(await flow.ask(reps.asker1, "rundebord påminnelser av"), "Bare møteleder og sekretær kan gjøre dette.");
    const stored = await storage
      .container("meetings")
      .item("meeting", flow.chat.meetingId ?? "")
      .read<{ roundTable?: { deadline?: string } }>();
    assert.equal(stored.resource?.roundTable?.deadline, undefined);
    assert.deepEqual(await scheduleOf("2027-02-26"), []);

    const answer = await flow.ask(people.secretary, "rundebord frist 2. mars kl. 12:00");
    assert.equal(
      answer,
      "Fristen for runde rundt bordet er satt til tirsdag 2. mars kl. 12:00. " +
        "Påminnelser går fredag 26. februar kl. 09:00 og tirsdag 2. mars kl. 09:00.",
    );
    assert.match(await everyoneDone.ask(people.chair, "rundebord frist 2.3.2027 kl. 12:00"), /satt til tirsdag 2. mars kl. 12:00/);
    const card = await eventually(() => {
      const shown = JSON.stringify(
        standIn.messages(flow.chat.conversationId).find((m) => m.activityId === flow.messageWith("roundtable.form")),
      );
      return /Frist: tirsdag 2. mars kl. 12:00/.test(shown) ? shown : undefined;
    }, "the deadline on the shared card");
    assert.match(card, /Neste påminnelse: fredag 26. februar kl. 09:00/);

    await submit(flow, reps.drammen);
    for (const person of [reps.asker1, reps.baerum, reps.drammen]) await submit(everyoneDone, person);

    clock.set("2027-02-26T08:00:05Z"); // Friday 09:00:05 in Oslo
    const first = await eventually(() => reminders(standIn, flow.chat.conversationId)[0], "the first reminder");
    await quietFor(1500); // seven sweeps of each process
    assert.equal(reminders(standIn, flow.chat.conversationId).length, 1, "one reminder at the first moment");
    assert.deepEqual(first.mentioned, ["Arne Asker", "Astrid Asker", "Bjørg Bærum"]);
    assert.match(first.text, /fristen for runde rundt bordet er tirsdag 2. mars kl. 12:00/);
    assert.match(first.text, /Asker \(<at>Astrid Asker<\/at>, <at>Arne Asker<\/at>\), Bærum \(<at>Bjørg Bærum<\/at>\)/);
    assert.deepEqual(reminders(standIn, everyoneDone.chat.conversationId), [], "nothing once everyone has reported");

    await submit(flow, reps.baerum);
    clock.set("2027-03-02T08:00:05Z"); // Tuesday 09:00:05
    await eventually(() => reminders(standIn, flow.chat.conversationId)[1], "the second reminder");
    await quietFor(1500);
    const both = reminders(standIn, flow.chat.conversationId);
    assert.equal(both.length, 2, "one reminder at the second moment");
    assert.deepEqual(both[1]?.mentioned, ["Arne Asker", "Astrid Asker"]);
    assert.deepEqual(reminders(standIn, everyoneDone.chat.conversationId), []);

    const states = (await scheduleOf("2027-02-26"))
      .concat(await scheduleOf("2027-03-02"))
      .map((r) => `${r.meetingId === flow.chat.meetingId ? "open" : "done"} ${r.state}`);
    assert.deepEqual(states.sort(), ["done skipped", "done skipped", "open sent", "open sent"]);
  });

  it("a moment on a Saturday and one on 17 May move to the working day before", async () => {
    clock.set("2027-02-24T09:00:00Z");
    const saturday = await meetingOf(903, "2027-03-08T08:00:00Z");
    assert.match(
      await saturday.ask(people.secretary, "rundebord frist lørdag 6. mars kl. 10:00"),
      /Påminnelser går torsdag 4. mars kl. 09:00 og fredag 5. mars kl. 09:00\.$/,
    );
    const mayMeeting = await meetingOf(904, "2027-05-19T08:00:00Z");
    assert.match(
      await mayMeeting.ask(people.secretary, "rundebord frist 17. mai 2027 kl. 12:00"),
      /Påminnelser går torsdag 13. mai kl. 09:00 og fredag 14. mai kl. 09:00\.$/,
    );
    assert.deepEqual(
      (await scheduleOf("2027-05-17")).filter((r) => r.meetingId === mayMeeting.chat.meetingId),
      [],
    );

    clock.set("2027-03-04T10:30:00Z"); // Thursday 11:30: the 09:00 reminder was missed by more than two hours
    await eventually(async () => ((await stateOf(saturday, "2027-03-04"))[0] === "dropped" ? true : undefined), "the dropped reminder");
    assert.deepEqual(reminders(standIn, saturday.chat.conversationId), [], "a reminder missed by more than two hours is not sent late");
    await eventually(() => (/missed by more than two hours/.test(bots.map((b) => b.output()).join("")) ? true : undefined), "the log line");

    clock.set("2027-03-05T08:00:05Z"); // Friday 09:00:05: the Saturday deadline's own-day reminder
    await eventually(() => reminders(standIn, saturday.chat.conversationId)[0], "the Friday reminder");
    await quietFor(1000);
    assert.equal(reminders(standIn, saturday.chat.conversationId).length, 1);
  });

  it("an instance killed (SIGKILL) after claiming a reminder and before sending it: after the restart it goes out once", async () => {
    clock.set("2027-02-24T09:00:00Z");
    const flow = await meetingOf(905, "2027-03-04T08:00:00Z");
    assert.match(await flow.ask(people.secretary, "rundebord frist 2. mars kl. 12:00"), /Påminnelser går fredag 26. februar/);
    standIn.holdRest(activitiesPath(flow));
    clock.set("2027-02-26T08:00:05Z");
    await eventually(() => (standIn.heldRequests().length > 0 ? true : undefined), "the send, held");
    assert.deepEqual(await stateOf(flow, "2027-02-26"), ["claimed"]);
    for (const bot of bots) await bot.stop("SIGKILL");
    standIn.stopHolding();
    bots = [await startBot(env())];
    // The claim holds for two minutes: a live instance may still be sending it.
    await quietFor(1500);
    assert.deepEqual(reminders(standIn, flow.chat.conversationId), []);
    clock.set("2027-02-26T08:03:00Z");
    await eventually(() => reminders(standIn, flow.chat.conversationId)[0], "the reminder after the lease");
    bots.push(await startBot(env()));
    await quietFor(1500);
    assert.equal(reminders(standIn, flow.chat.conversationId).length, 1, "exactly once");
    assert.deepEqual(await stateOf(flow, "2027-02-26"), ["sent"]);
  });

  it("a Bot Connector 503 is tried again; a 400 is given up with a log line, and never sent twice", async () => {
    clock.set("2027-02-24T09:00:00Z");
    const flow = await meetingOf(906, "2027-03-04T08:00:00Z");
    await flow.ask(people.secretary, "rundebord frist 2. mars kl. 12:00");
    standIn.failRest(activitiesPath(flow), 503);
    clock.set("2027-02-26T08:00:05Z");
    await eventually(
      () => (standIn.restRequests().some((r) => r.method === "POST" && activitiesPath(flow).test(r.path)) ? true : undefined),
      "a try",
    );
    standIn.clearFailures();
    await eventually(() => reminders(standIn, flow.chat.conversationId)[0], "the reminder on the next try");
    // Marked sent once Teams has accepted it: the write follows the message by a moment.
    await eventually(async () => ((await stateOf(flow, "2027-02-26"))[0] === "sent" ? true : undefined), "marked sent");
    assert.deepEqual(await stateOf(flow, "2027-02-26"), ["sent"]);

    standIn.failRest(activitiesPath(flow), 400);
    clock.set("2027-03-02T08:00:05Z");
    await eventually(async () => ((await stateOf(flow, "2027-03-02"))[0] === "failed" ? true : undefined), "the refused reminder");
    standIn.clearFailures();
    await quietFor(1000);
    assert.equal(reminders(standIn, flow.chat.conversationId).length, 1);
    await eventually(() => (/round-table reminder failed/.test(bots.map((b) => b.output()).join("")) ? true : undefined), "the log line");
  });

  it("with authentication on (the managed identity), the proactive message carries the token from the token stand-in", async () => {
    clock.set("2027-02-24T09:00:00Z");
    const flow = await meetingOf(907, "2027-03-04T08:00:00Z");
    await flow.ask(people.secretary, "rundebord frist 2. mars kl. 12:00");
    for (const bot of bots) await bot.stop();
    const identity = await ManagedIdentityStandIn.start();
    try {
      bots = [
        await startBot({
          ...env(),
          ...identity.env,
          MicrosoftAppId: "0b3c7a9e-7d52-4f8e-9a51-2f8a6d1c9e11",
          MicrosoftAppType: "UserAssignedMSI",
          MicrosoftAppTenantId: "3f6d1a2b-4c5e-4f70-8a9b-0c1d2e3f4a5b",
        }),
      ];
      standIn.reset();
      clock.set("2027-02-26T08:00:05Z");
      await eventually(() => reminders(standIn, flow.chat.conversationId)[0], "the signed reminder");
      const calls = standIn.restRequests().filter((r) => r.path.startsWith(`/v3/conversations/${flow.chat.conversationId}`));
      assert.ok(calls.some((r) => r.method === "POST"));
      for (const call of calls) assert.equal(call.headers.authorization, `Bearer ${identity.accessToken}`, `${call.method} ${call.path}`);
    } finally {
      for (const bot of bots) await bot.stop();
      bots = [await startBot(env()), await startBot(env())];
      await identity.close();
    }
  });
});
