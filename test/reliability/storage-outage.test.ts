import assert from "node:assert/strict";
import { textsFor } from "../../src/shared/texts";
import { containerDefinitions, containerNames } from "../../src/storage/containers";
import { createCosmosClient, LOCAL_EMULATOR_KEY } from "../../src/storage/cosmos-client";
import { isStorageOutage } from "../../src/storage/storage-errors";
import { cardSubmit, people, type Person } from "../../scripts/replay/activities";
import { getJson, postActivity, type HttpResult } from "../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { listenSilently } from "../harness/silent-server";
import { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { importTestGroup, runningMeeting } from "../support/test-group";

const DEADLINE_MS = 5000;
const STORAGE_DOWN = textsFor("nb").storageDown;
const SYSTEM_PROPERTIES = new Set(["_rid", "_self", "_etag", "_attachments", "_ts"]);

/** Every document of every container, without the properties the server assigns, keyed by container, partition and id. */
async function storedDocuments(running: RunningBot): Promise<Map<string, Record<string, unknown>>> {
  const documents = new Map<string, Record<string, unknown>>();
  for (const name of containerNames) {
    const partitionKey = containerDefinitions[name].partitionKeyPath.slice(1);
    const { resources } = await running.storage.container(name).items.query<Record<string, unknown>>("SELECT * FROM c").fetchAll();
    for (const resource of resources) {
      const content = Object.fromEntries(Object.entries(resource).filter(([key]) => !SYSTEM_PROPERTIES.has(key)));
      documents.set(`${name}/${String(resource[partitionKey])}/${String(resource.id)}`, content);
    }
  }
  return documents;
}

describe("the Cosmos client as configured for Azure (endpoint discovery on)", function () {
  this.timeout(60_000);
  it("gives up on a hung Cosmos within the deadline for reads, writes and queries", async () => {
    const hung = await listenSilently(0);
    const client = createCosmosClient({ endpoint: `https://127.0.0.1:${hung.port}/`, key: LOCAL_EMULATOR_KEY });
    try {
      const container = client.database("motebot").container("meetings");
      const operations = {
        read: () => container.item("meeting", "m").read(),
        write: () => container.items.upsert({ id: "meeting", meetingId: "m" }),
        query: () => container.items.query("SELECT * FROM c").fetchAll(),
      };
      for (const [name, operation] of Object.entries(operations)) {
        const started = Date.now();
        const error: unknown = await operation().then(
          () => undefined,
          (e: unknown) => e,
        );
        const ms = Date.now() - started;
        assert.ok(error, `${name} failed`);
        assert.ok(isStorageOutage(error), `${name}: ${String(error)}`);
        assert.ok(ms < DEADLINE_MS - 500, `${name} gave up after ${ms} ms`);
      }
    } finally {
      client.dispose();
      await hung.close();
    }
  });

  it("a bug or another service's failure is not reported to users as a storage outage", () => {
    assert.equal(isStorageOutage(new TypeError("Cannot read properties of undefined")), false);
    assert.equal(isStorageOutage(Object.assign(new Error("connector: ECONNREFUSED"), { code: "ECONNREFUSED" })), false);
    assert.equal(isStorageOutage(Object.assign(new Error("Not found"), { code: 404 })), false);
    assert.equal(isStorageOutage(Object.assign(new Error("Too many requests"), { code: 429 })), true);
  });
});

describe("storage outage: Cosmos stops or hangs mid-meeting, then comes back", function () {
  // Ten answers of up to 3.5 s each in the hung case, one after another.
  this.timeout(90_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  let chairView: Record<string, unknown>;
  let roundTableForm: Record<string, unknown>;
  let answerTimes: Array<{ what: string; ms: number }> = [];

  /** Runs `send`, which must be answered within the deadline, and records how long the user waited. */
  async function timed<T>(what: string, send: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const result = await send();
    const ms = Date.now() - started;
    answerTimes.push({ what, ms });
    assert.ok(ms < DEADLINE_MS, `${what} answered after ${ms} ms`);
    return result;
  }

  /** Prints the slowest answer since the last report. */
  function reportWorstAnswer(situation: string): void {
    const worst = answerTimes.reduce((max, t) => (t.ms > max.ms ? t : max));
    console.log(`      ${situation}: ${answerTimes.length} answers, the slowest after ${worst.ms} ms (${worst.what})`);
    answerTimes = [];
  }

  /** The stored documents equal those acknowledged before the outage. */
  async function assertNothingLost(acknowledged: Map<string, Record<string, unknown>>): Promise<void> {
    assert.deepEqual(await storedDocuments(running), acknowledged, "everything acknowledged before the outage is there, unchanged");
    console.log(`      ${acknowledged.size} documents acknowledged before the outage, all there unchanged`);
  }

  function assertStorageErrorResponse(response: HttpResult, what: string): void {
    assert.equal(response.status, 503, `${what}: ${response.status} ${response.text}`);
    assert.deepEqual(
      response.body,
      {
        statusCode: 503,
        type: "application/vnd.microsoft.error",
        value: { code: "StorageUnavailable", message: STORAGE_DOWN },
      },
      what,
    );
  }

  /** Sends a command and waits for the bot's message in the chat; both within the deadline. */
  async function commandDuringOutage(person: Person, text: string): Promise<void> {
    const before = flow.standIn.recorded(flow.chat.conversationId).length;
    await timed(`«${text}»`, async () => {
      const response = await flow.say(person, text);
      assert.ok(response.status < 500, `«${text}» answered HTTP ${response.status}: ${response.text}`);
      const reply = await flow.standIn.waitFor(
        (a) =>
          a.conversationId === flow.chat.conversationId &&
          a.activity.type === "message" &&
          flow.standIn.recorded(flow.chat.conversationId).indexOf(a) >= before,
        DEADLINE_MS,
      );
      assert.equal(reply.activity.text, STORAGE_DOWN, `«${text}»: ${JSON.stringify(reply)}`);
    });
  }

  /** The same clicks and commands as during the outage, now succeeding. */
  async function assertWorksAgain(noteText: string): Promise<void> {
    const next = await flow.click(people.chair, "Neste", { card: chairView, activityId: flow.messageWith("meeting.refresh") });
    chairView = MeetingFlow.cardOf(next);
    assert.equal(await flow.ask(people.chair, `notat ${noteText}`), `Notat lagt til sak ${currentItem(chairView)}.`);
    MeetingFlow.cardOf(await flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" }));
  }

  const currentItem = (card: Record<string, unknown>): number => Number(/Sak (\d) av 3/.exec(JSON.stringify(card))?.[1]);

  async function healthz(): Promise<number> {
    return (await timed("/healthz", () => getJson(`${running.bot.url}/healthz`))).status;
  }

  async function waitUntilHealthy(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await getJson(`${running.bot.url}/healthz`)).status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail("the bot did not report healthy storage again");
  }

  /** Every kind of request a user can make, answered with the storage error within the deadline. */
  async function everythingAnswersStorageDown(): Promise<void> {
    const meetingCard = flow.messageWith("meeting.refresh");
    assertStorageErrorResponse(
      await timed("Neste", () => flow.click(people.chair, "Neste", { card: chairView, activityId: meetingCard })),
      "Neste",
    );
    assertStorageErrorResponse(
      await timed("Vis for møteleder og sekretær", () =>
        flow.click(people.chair, "Vis for møteleder og sekretær", { on: "meeting.refresh" }),
      ),
      "Vis for møteleder og sekretær",
    );
    assertStorageErrorResponse(
      await timed("Registrer oppmøte", () => flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" })),
      "check-in",
    );
    const submit = () =>
      flow.click(people.member, "Send inn", {
        card: roundTableForm,
        activityId: flow.messageWith("roundtable.form"),
        inputs: { entryText: "Under bruddet" },
      });
    assertStorageErrorResponse(await timed("round-table Send inn", submit), "round-table submit");

    for (const text of ["neste", "notat Skrevet under bruddet", "oppmøte", "referat"]) await commandDuringOutage(people.chair, text);

    const legacy = cardSubmit({
      ...flow.as(people.member),
      value: { verb: "attendance.checkIn", meetingId: flow.chat.meetingId },
      replyToId: flow.messageWith("attendance.checkIn"),
    });
    const before = flow.standIn.recorded(flow.chat.conversationId).length;
    await timed("legacy Action.Submit", async () => {
      const response = await postActivity(running.bot.url, legacy);
      assert.ok(response.status < 500, `legacy submit answered HTTP ${response.status}`);
      const reply = await flow.standIn.waitFor(
        (a) =>
          a.conversationId === flow.chat.conversationId &&
          a.activity.type === "message" &&
          flow.standIn.recorded(flow.chat.conversationId).indexOf(a) >= before,
        DEADLINE_MS,
      );
      assert.equal(reply.activity.text, STORAGE_DOWN);
    });

    assert.equal(await healthz(), 503);
    assert.equal(running.bot.child.exitCode, null, "the bot process is still running");
  }

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await runningMeeting(running, 81);
    assert.match(await flow.ask(people.chair, "rundebord Status"), /er åpnet/);
    await flow.say(people.chair, "oppmøte");
    await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("attendance.checkIn"),
    );
    chairView = MeetingFlow.cardOf(await flow.click(people.chair, "Vis for møteleder og sekretær", { on: "meeting.refresh" }));
  });

  beforeEach(() => {
    answerTimes = [];
  });
  after(async () => running?.stop());

  it(
    "Cosmos stopped: every click, command and legacy submit gets the " +
      "Norwegian storage error within 5 s; afterwards it all works, nothing lost",
    async () => {
      assert.equal(await flow.ask(people.secretary, "notat Skrevet før bruddet"), "Notat lagt til sak 1.");
      assert.equal(await flow.ask(people.secretary, "vedtak Godkjent"), "Vedtak lagt til sak 1.");
      for (const person of [people.chair, people.secretary]) {
        MeetingFlow.cardOf(await flow.click(person, "Registrer oppmøte", { on: "attendance.checkIn" }));
      }
      const chairForm = MeetingFlow.cardOf(await flow.click(people.chair, "Send inn for min kommune", { on: "roundtable.form" }));
      MeetingFlow.cardOf(
        await flow.click(people.chair, "Send inn", {
          card: chairForm,
          activityId: flow.messageWith("roundtable.form"),
          inputs: { entryText: "Levert før bruddet" },
        }),
      );
      await flow.ask(people.secretary, "referat");
      roundTableForm = MeetingFlow.cardOf(await flow.click(people.member, "Send inn for min kommune", { on: "roundtable.form" }));
      const acknowledged = await storedDocuments(running);
      const pid = running.bot.child.pid;

      await running.storage.stop();
      await everythingAnswersStorageDown();
      reportWorstAnswer("Cosmos stopped");

      await running.storage.restart();
      await waitUntilHealthy();
      await assertNothingLost(acknowledged);
      await assertWorksAgain("Skrevet etter bruddet");
      assert.equal(running.bot.child.pid, pid, "no restart");
    },
  );

  it("Cosmos hung (accepts connections, never answers): the same answers within 5 s; afterwards it all works, nothing lost", async () => {
    roundTableForm = MeetingFlow.cardOf(await flow.click(people.member, "Send inn for min kommune", { on: "roundtable.form" }));
    const acknowledged = await storedDocuments(running);
    const pid = running.bot.child.pid;

    await running.storage.stop();
    const hung = await listenSilently(Number(new URL(running.storage.env.COSMOS_ENDPOINT ?? "").port));
    try {
      await everythingAnswersStorageDown();
      reportWorstAnswer("Cosmos hung");
      assert.ok(hung.connections() > 0, "the bot did reach the hung server");
    } finally {
      await hung.close();
    }

    await running.storage.restart();
    await waitUntilHealthy();
    await assertNothingLost(acknowledged);
    await assertWorksAgain("Skrevet etter det andre bruddet");
    assert.equal(running.bot.child.pid, pid, "no restart");
  });

  it("Cosmos throttles (429 with x-ms-retry-after-ms): the note is stored once, after retries that waited as asked", async () => {
    const RETRY_AFTER_MS = 150;
    const THROTTLED = 3;
    // The shared cards of the previous test settle after their answers: let them finish first.
    while (Date.now() - running.storage.throttle.lastArrival() < 300) await new Promise((r) => setTimeout(r, 50));
    const throttledBefore = running.storage.throttle.throttled().length;
    running.storage.throttle.throttleNext(THROTTLED, RETRY_AFTER_MS);
    const note = "Notat under struping";
    const answer = await timed("notat while throttled", () => flow.ask(people.chair, `notat ${note}`));
    running.storage.throttle.clear();
    reportWorstAnswer(`${THROTTLED} requests throttled for ${RETRY_AFTER_MS} ms each`);

    assert.match(answer, /^Notat lagt til sak \d\.$/);
    const throttled = running.storage.throttle.throttled().slice(throttledBefore);
    assert.equal(throttled.length, THROTTLED, "the bot's requests met every 429, and retried each one");
    for (const request of throttled) {
      const retry = running.storage.throttle.retryOf(request);
      assert.ok(
        retry !== undefined && retry - request.at >= RETRY_AFTER_MS - 5,
        `the request after the 429 at ${request.path} waited ${retry === undefined ? "-" : retry - request.at} ms`,
      );
    }
    const { resource } = await running.storage
      .container("meetings")
      .item("meeting", flow.chat.meetingId ?? "")
      .read<{ agenda: Array<{ notes: Array<{ text: string }> }> }>();
    const stored = resource?.agenda.flatMap((item) => item.notes).filter((n) => n.text === note) ?? [];
    assert.equal(stored.length, 1, "stored once");
  });

  it("Cosmos asks to wait longer than Teams waits: the storage error within 5 s, and nothing changed", async () => {
    const before = await storedDocuments(running);
    running.storage.throttle.throttleNext(1000, 6000);
    try {
      // The meeting card offers Neste before the last item and Forrige after the first.
      const step = JSON.stringify(chairView).includes('"verb":"meeting.next"') ? "Neste" : "Forrige";
      const response = await timed(`${step} while throttled`, () =>
        flow.click(people.chair, step, { card: chairView, activityId: flow.messageWith("meeting.refresh") }),
      );
      assertStorageErrorResponse(response, `${step} while throttled`);
      reportWorstAnswer("every request throttled for 6 s");
    } finally {
      running.storage.throttle.clear();
    }
    assert.deepEqual(await storedDocuments(running), before);
  });
});
