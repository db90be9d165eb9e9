/**
 * Hostile and broken activities over HTTP: the real Teams payloads, sent by participants and junk
 * identities (never the chair or secretary: Teams sets `from`), mutated by fast-check. Reproduce a run
 * with FUZZ_SEED=<seed printed by the test>; FUZZ_SEED=random explores a new seed; FUZZ_RUNS changes the count.
 * The default seed is fixed so that CI judges the code, not the draw.
 */
import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { cardVerbs } from "../../src/router/route-table";
import type { Group, GroupMember } from "../../src/features/working-group/group";
import type { Attendee } from "../../src/features/attendance/attendee";
import type { Meeting } from "../../src/shared/meeting/meeting";
import type { RoundTableEntry } from "../../src/features/roundtable/roundtable";
import {
  botAdded,
  cardInvoke,
  cardSubmit,
  installed,
  meetingChat,
  meetingEnd,
  meetingStart,
  message,
  participantJoin,
  participantLeave,
  people,
  type BuildOptions,
  type Chat,
  type Person,
} from "../../scripts/replay/activities";
import { getJson, postActivity, postRaw } from "../../scripts/replay/bot-client";
import { isRecord } from "../../scripts/replay/payloads";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../scripts/replay/meeting-flow";
import { storageSnapshot, type StorageSnapshot } from "../support/storage-snapshot";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID } from "../support/test-group";

const DEFAULT_SEED = 20261201;
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1200;
const CONCURRENCY = 8;

/** Built once the meetings exist; fast-check arbitraries need their ids. */
interface Targets {
  target: Chat;
  victim: Chat;
  scratch: Chat;
  serviceUrl: string;
}

const EDGE_STRINGS = [
  "",
  " ",
  "\u0000",
  "nul\u0000byte",
  "\ud800",
  "\udfff",
  "lone \ud83d surrogate",
  "\u202eRTL-overstyring\u202c",
  "\u200f\u05e9\u05dc\u05d5\u05dd",
  "\u200b\u200c\u200d\ufeff",
  "e\u0301\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦🇳🇴",
  "\uffff\ufffe",
  "\r\n\r\n\t",
  "<at>Møtebot</at>",
  "<script>alert(1)</script>",
  "${$root.meetingId}",
  "{{DATE(2025-01-01T00:00:00Z,SHORT)}}",
  "**fet** [lenke](http://127.0.0.1/)",
  "'; DROP TABLE c; --",
  "SELECT * FROM c",
  "../../etc/passwd",
  "%00%2e%2e",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
];
const HUGE_LENGTHS = [3_000, 70_000, 400_000, 1_100_000];

const edgeString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_LENGTHS).map((n) => "ø".repeat(n)) },
);

/** A JSON object with an own key like `__proto__`, as `JSON.parse` makes it (plain assignment would set the prototype). */
const withKeys = (entries: Array<[string, unknown]>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

/** Wrong types for any field: no real identity among them. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, [], {}),
  fc.integer(),
  fc.array(fc.oneof(fc.integer(), edgeString), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), edgeString), { maxKeys: 3 }),
  fc.constant(
    withKeys([
      ["__proto__", { isLeader: true, role: "chair" }],
      ["constructor", { prototype: { admin: true } }],
    ]),
  ),
);

/** Keys the card handlers read from `data`, plus prototype keys. */
const DATA_KEYS = [
  "verb",
  "action",
  "meetingId",
  "municipality",
  "formMunicipality",
  "baseRevision",
  "revision",
  "entryText",
  "presenters",
  "noteText",
  "shownIndex",
  "itemNumber",
  "agendaText",
  "groupId",
  "name",
  "leaderTitle",
  "municipalities",
  "chair",
  "secretary",
  "guestName",
  "guestMunicipality",
  "person",
  "reason",
  "__proto__",
  "constructor",
  "prototype",
];

function forgedValue(t: Targets): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        t.victim.meetingId,
        t.target.meetingId,
        "Kongsvinger",
        "Oslo kommune",
        "Hamarregionen",
        "Ukjent kommune",
        TEST_GROUP_ID,
        people.chair.aadObjectId,
        people.secretary.aadObjectId,
        "1",
        "2",
        "3",
        "0",
        "51",
        "• Forfalsket punkt",
        "Sak 1: Kapret",
      ),
    },
    { weight: 3, arbitrary: junkValue },
  );
}

/** The data a click would plausibly carry for `verb` in the target meeting (the starting point for forgeries). */
function plausibleData(t: Targets, verb: string): Record<string, unknown> {
  return {
    verb,
    meetingId: t.target.meetingId,
    municipality: "Kongsvinger",
    formMunicipality: "Kongsvinger",
    entryText: "• Status fra oss",
    noteText: "Et notat",
    agendaText: "Sak 1: Kapret",
    itemNumber: "2",
    shownIndex: "0",
    groupId: TEST_GROUP_ID,
    name: "Kapret gruppe",
    guestName: "Gjest",
    person: people.chair.aadObjectId,
    reason: "syk",
    revision: "1",
  };
}

function dataArbitrary(t: Targets, verb: string): fc.Arbitrary<unknown> {
  const forged = fc.array(fc.tuple(fc.constantFrom(...DATA_KEYS), forgedValue(t)), { maxLength: 4 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.subarray(Object.entries(plausibleData(t, verb))), forged)
        .map(([kept, extra]) => withKeys([["verb", verb], ...kept, ...extra])),
    },
    { weight: 1, arbitrary: junkValue },
  );
}

const UNKNOWN_VERBS = ["meeting.selfDestruct", "", "MEETING.NEXT", "meeting.next ", "__proto__", "constructor", "toString", "setup"];
const COMMANDS = [
  "hjelp",
  "oppsett",
  "agenda",
  "start",
  "neste",
  "forrige",
  "sak 2",
  "sak 0",
  "sak 99999999999",
  "notat Kapret notat",
  "vedtak Kapret vedtak",
  "avslutt",
  "oppmøte",
  "oppmøte legg til Kapret Person",
  "oppmøte fjern Kari Nordmann",
  "forfall Kari Nordmann, kapret",
  "rundebord",
  "rundebord lukk",
  "rundebord påminn",
  "rundebord Kapret tema",
  `rundebord frist 1. desember ${new Date().getFullYear() + 1} kl. 09:00`,
  "rundebord frist i går",
  "rundebord påminnelser av",
  "innkalling",
  "notice",
  "referat",
  "referat godkjenn",
  "møte ny Kapret 11.09.2025 10:00-12:00",
  "help",
  "next",
  "end",
  "minutes approve",
  "roundtable close",
];

const junkPerson: fc.Arbitrary<Person> = fc
  .record({
    id: fc.oneof(
      fc.constant("29:1junk"),
      edgeString.map((s) => `29:${s}`),
    ),
    name: edgeString,
    aadObjectId: fc.option(fc.uuid(), { nil: undefined }),
  })
  .map((p) => (p.aadObjectId === undefined ? { id: p.id, name: p.name } : { id: p.id, name: p.name, aadObjectId: p.aadObjectId }));

const sender = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(people.member, people.other, people.anonymous) },
  { weight: 2, arbitrary: junkPerson },
);

type Base = (t: Targets, from: Person) => Record<string, unknown>;

function baseActivity(t: Targets): fc.Arbitrary<Base> {
  const on = (chat: Chat, from: Person): BuildOptions => ({ serviceUrl: t.serviceUrl, chat, from });
  const text = fc.oneof(
    fc.constantFrom(...COMMANDS),
    fc.tuple(fc.constantFrom(...COMMANDS), edgeString).map(([c, s]) => `${c} ${s}`),
    edgeString,
  );
  const verb = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom<string>(...cardVerbs) },
    { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_VERBS) },
  );
  const invoke = verb.chain((v) =>
    fc.tuple(fc.constant(v), dataArbitrary(t, v), fc.constantFrom<"manual" | "automatic">("manual", "automatic")),
  );
  const submit = verb.chain((v) => fc.tuple(fc.constant(v), dataArbitrary(t, v)));
  const members = fc
    .array(fc.oneof(sender, fc.constant(people.chair)), { minLength: 1, maxLength: 3 })
    .map((ps) => ps.map((person) => ({ person })));
  return fc.oneof(
    {
      weight: 4,
      arbitrary: text.map(
        (s): Base =>
          (tt, from) =>
            message({ ...on(tt.target, from), text: s }),
      ),
    },
    {
      weight: 5,
      arbitrary: invoke.map(([v, data, trigger]): Base => (tt, from) => {
        const a = cardInvoke({ ...on(tt.target, from), verb: v, replyToId: "1", trigger });
        const value = a.value as { action: Record<string, unknown> };
        value.action.data = data;
        return a;
      }),
    },
    {
      weight: 3,
      arbitrary: submit.map(([, data]): Base => (tt, from) => ({
        ...cardSubmit({ ...on(tt.target, from), value: {}, replyToId: "1" }),
        value: data,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Base>(
        (tt, from) => installed(on(tt.target, from)),
        (tt, from) => botAdded(on(tt.target, from)),
      ),
    },
    // Meeting events come from Teams itself, so they go to a chat of their own: they may change it legitimately.
    {
      weight: 1,
      arbitrary: members.map(
        (m): Base =>
          (tt, from) =>
            participantJoin({ ...on(tt.scratch, from), members: m }),
      ),
    },
    {
      weight: 1,
      arbitrary: members.map(
        (m): Base =>
          (tt, from) =>
            participantLeave({ ...on(tt.scratch, from), members: m }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Base>(
        (tt, from) => meetingStart(on(tt.scratch, from)),
        (tt, from) => meetingEnd(on(tt.scratch, from)),
      ),
    },
  );
}

/** Fields Teams sets (identities, chat, meeting) get junk only; `value` may carry forged data. */
const MUTABLE_PATHS = [
  "type",
  "id",
  "name",
  "text",
  "value",
  "value.action",
  "value.action.verb",
  "value.action.type",
  "value.action.data",
  "value.action.data.meetingId",
  "value.trigger",
  "value.verb",
  "value.meetingId",
  "from",
  "from.id",
  "from.name",
  "from.aadObjectId",
  "conversation",
  "conversation.id",
  "conversation.conversationType",
  "conversation.tenantId",
  "conversation.isGroup",
  "channelData",
  "channelData.meeting",
  "channelData.meeting.id",
  "channelData.tenant",
  "channelData.tenant.id",
  "entities",
  "entities.0",
  "entities.0.mentioned",
  "locale",
  "timestamp",
  "localTimestamp",
  "replyToId",
  "recipient",
  "recipient.id",
  "attachments",
  "membersAdded",
  "action",
  "channelId",
];
/** Never a routable address other than a closed loopback port: the bot may call whatever serviceUrl says. */
const SERVICE_URLS: unknown[] = [
  "",
  "not a url",
  "http://127.0.0.1:1/",
  `http://127.0.0.1:1/${"a".repeat(3000)}`,
  42,
  null,
  ["http://127.0.0.1:1/"],
];

type Mutation = { op: "set"; path: string; value: unknown } | { op: "delete"; path: string };

function mutation(t: Targets): fc.Arbitrary<Mutation> {
  const dataPath = (p: string): boolean => p.startsWith("value.");
  return fc.oneof(
    fc
      .constantFrom(...MUTABLE_PATHS)
      .chain((path) => (dataPath(path) ? forgedValue(t) : junkValue).map((value): Mutation => ({ op: "set", path, value }))),
    fc.constantFrom(...MUTABLE_PATHS).map((path): Mutation => ({ op: "delete", path })),
    fc.constantFrom(...SERVICE_URLS).map((value): Mutation => ({ op: "set", path: "serviceUrl", value })),
  );
}

function apply(activity: Record<string, unknown>, m: Mutation): void {
  const keys = m.path.split(".");
  let node: unknown = activity;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(node) && !Array.isArray(node)) return;
    const container = node as Record<string, unknown>;
    if (container[key] === undefined || container[key] === null || typeof container[key] !== "object") {
      if (m.op === "delete") return;
      container[key] = {};
    }
    node = container[key];
  }
  const last = keys[keys.length - 1] ?? "";
  if (!isRecord(node) && !Array.isArray(node)) return;
  const container = node as Record<string, unknown>;
  if (m.op === "delete") delete container[last];
  // A copy: fast-check hands out the same constant objects again, and a later mutation must not reach into them.
  else Object.defineProperty(container, last, { value: copyOf(m.value), enumerable: true, writable: true, configurable: true });
}

/** JSON.parse keeps `__proto__` as an own key, as a request body would. */
const copyOf = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

interface Sent {
  index: number;
  status: number | "no answer";
  summary: string;
}

/** JSON with lone surrogates intact (JSON.stringify writes them as \ud800 escapes, as a client may). */
const bodyOf = (activity: Record<string, unknown>): string => JSON.stringify(activity);

describe(`fuzzed activities over HTTP (seed ${SEED}, ${RUNS} activities)`, function () {
  // The bot answers at Teams' pace: 60 messages in 30 s per chat, so the fuzz's 400-odd answers take minutes.
  this.timeout(600_000);
  let running: RunningBot;
  let targets: Targets;
  let baseline: StorageSnapshot;
  const senders = new Set<string>();
  const sent: Sent[] = [];

  before(async function () {
    this.timeout(120_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    const target = await linkedMeeting(running, 801);
    const victim = await linkedMeeting(running, 802);
    for (const flow of [target, victim]) await prepareMeeting(flow);
    targets = { target: target.chat, victim: victim.chat, scratch: meetingChat(803), serviceUrl: running.standIn.url };
    baseline = await storageSnapshot(running.storage);
  });
  after(async () => running?.stop());

  /** Agenda, a started meeting with a note, the round table open with one entry, check-ins: real state to attack. */
  async function prepareMeeting(flow: MeetingFlow): Promise<void> {
    const meetingId = flow.chat.meetingId ?? "";
    const saved = await flow.invoke(people.secretary, "agenda.save", { meetingId, agendaText: AGENDA_TEXT });
    assert.equal(saved.status, 200, saved.text);
    await flow.ask(people.secretary, "start nå");
    await flow.ask(people.chair, "notat Et notat fra møteleder");
    await flow.ask(people.secretary, "rundebord Entreprenørskap");
    await flow.ask(people.secretary, "oppmøte");
    for (const person of [people.chair, people.member]) {
      assert.equal((await flow.invoke(person, "attendance.checkIn", { meetingId })).status, 200);
    }
    // Two revisions: a forged restore of the first would change the entry.
    for (const entryText of ["• Status fra Kongsvinger", "• Status fra Kongsvinger, rettet"]) {
      const entry = await flow.invoke(people.member, "roundtable.submit", {
        meetingId,
        municipality: "Kongsvinger",
        formMunicipality: "Kongsvinger",
        baseRevision: entryText.endsWith("rettet") ? "1" : "",
        entryText,
      });
      assert.equal(entry.status, 200, entry.text);
    }
  }

  it("answers every mutated activity without a 5xx, stays up, and changes storage only as participants may", async () => {
    console.log(`      fuzz seed ${SEED} (FUZZ_SEED=${SEED} reproduces), ${RUNS} activities, concurrency ${CONCURRENCY}`);
    const cases = fc.sample(
      fc.tuple(
        baseActivity(targets),
        sender,
        fc.oneof(
          { weight: 2, arbitrary: fc.constant([]) },
          { weight: 3, arbitrary: fc.array(mutation(targets), { minLength: 1, maxLength: 3 }) },
        ),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    const started = Date.now();
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < cases.length; index = next++) {
        const [build, from, mutations] = cases[index] as [Base, Person, Mutation[]];
        const activity = build(targets, from);
        for (const m of mutations) apply(activity, m);
        const sentFrom = isRecord(activity.from) ? activity.from : {};
        if (typeof sentFrom.aadObjectId === "string") senders.add(sentFrom.aadObjectId);
        const summary =
          `#${index} ${JSON.stringify(activity.type)}/${JSON.stringify(activity.name)} ` +
          `${JSON.stringify([activity.text, activity.value]).slice(0, 200)} mutations ${JSON.stringify(mutations).slice(0, 300)}`;
        try {
          const response = await postRaw(running.bot.url, "/api/messages", bodyOf(activity));
          sent.push({ index, status: response.status, summary: `${summary} → ${response.text.slice(0, 200)}` });
        } catch (error) {
          sent.push({ index, status: "no answer", summary: `${summary} → ${String(error)}` });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const statuses = new Map<string, number>();
    for (const s of sent) statuses.set(String(s.status), (statuses.get(String(s.status)) ?? 0) + 1);
    console.log(`      ${sent.length} sent in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);

    const failures = sent.filter((s) => s.status === "no answer" || s.status >= 500);
    assert.deepEqual(failures.map((f) => f.summary).slice(0, 10), [], `seed ${SEED}: ${failures.length} activities got a 5xx or no answer`);
    assert.equal(sent.length, RUNS);
    assert.equal(running.bot.child.exitCode, null, "the bot process is alive");
    assert.equal((await getJson(`${running.bot.url}/healthz`)).status, 200);
    // The shared cards are refreshed after the answers; let the bot finish before reading storage.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(
      (
        await postActivity(
          running.bot.url,
          message({ serviceUrl: running.standIn.url, chat: targets.target, from: people.member, text: "hjelp" }),
        )
      ).status,
      200,
    );
  });

  it("storage changed only through what a participant may do", async () => {
    assert.ok(sent.length > 0, "the fuzz ran first");
    const after = await storageSnapshot(running.storage);
    const changes = changesBetween(baseline, after);
    const problems = changes.flatMap((change) => judge(change, after)).slice(0, 10);
    console.log(`      ${baseline.size} documents before, ${after.size} after, ${changes.length} changed or added; all checked`);
    assert.deepEqual(problems, [], `seed ${SEED}`);
  });

  it("a participant cannot take over a linked meeting chat with a forged setup.create (found by this fuzz)", async () => {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, targets.target);
    const before = await storageSnapshot(running.storage);
    const forged = await flow.invoke(people.member, "setup.create", { name: "Kapret gruppe" });
    assert.equal(forged.status, 403, forged.text);
    assert.deepEqual(changesBetween(before, await storageSnapshot(running.storage)), []);
  });

  it(
    "a card click whose timestamp is no time is refused at the edge " + "(found by this fuzz: botbuilder's Invalid Date gave a 500)",
    async () => {
      const flow = new MeetingFlow(() => running.bot.url, running.standIn, targets.target);
      const click = cardInvoke({
        ...flow.as(people.member),
        verb: "attendance.checkIn",
        data: { meetingId: targets.target.meetingId },
        replyToId: "1",
      });
      const response = await postActivity(running.bot.url, { ...click, timestamp: "2025-13-45T99:99:99Z" });
      assert.equal(response.status, 400, response.text);
    },
  );

  /** Why this change is not one a participant may make, or nothing. */
  function judge(change: DocChange, after: StorageSnapshot): string[] {
    const { key, container } = change;
    const was = change.before;
    const now = change.after;
    const problem = (why: string): string[] => [`${key}: ${why}`];
    if (!now) return problem("deleted");
    if (container === "downloadLinks") return problem("a download link appeared");
    if (container === "conversations") {
      if (!was) return isLinkedTo(now, TEST_GROUP_ID) ? problem("a new chat linked to the test group") : [];
      return ["groupId", "currentMeetingId"].filter((f) => now[f] !== was[f]).map((f) => `${key}: ${f} changed`);
    }
    if (container === "groups") return judgeGroup(key, was, now);
    const meetingId = String(now.meetingId);
    if (meetingId === targets.victim.meetingId) return problem("the victim meeting in another chat changed");
    if (meetingId !== targets.target.meetingId) {
      return now.docType === "meeting" && isLinkedTo(now, TEST_GROUP_ID) && !was ? problem("a new meeting linked to the test group") : [];
    }
    if (now.docType === "meeting") {
      const m0 = was as unknown as Meeting | undefined;
      const m1 = now as unknown as Meeting;
      if (!m0) return problem("a second meeting document");
      const fields = (m: Meeting) => ({
        ...m,
        roundTable: { ...m.roundTable, cardActivityId: undefined },
        meetingCardActivityId: undefined,
        attendanceCardActivityId: undefined,
        handledActivityIds: undefined,
        updatedAt: undefined,
      });
      return JSON.stringify(fields(m0)) === JSON.stringify(fields(m1)) ? [] : problem(`meeting changed: ${diff(fields(m0), fields(m1))}`);
    }
    if (now.docType === "attendee") {
      const a0 = was as unknown as Attendee | undefined;
      const a1 = now as unknown as Attendee;
      if (!a1.aadObjectId || a1.personKey !== a1.aadObjectId || !senders.has(a1.aadObjectId))
        return problem("attendance of someone who sent nothing");
      if ([people.chair.aadObjectId, people.secretary.aadObjectId].includes(a1.aadObjectId))
        return problem("a leader's attendance changed");
      // A participant reports (and withdraws) their own forfall on the notice card; the rest only the leaders set.
      const byLeader = (a?: Attendee) => JSON.stringify([a?.addedAt, a?.addedBy, a?.removedAt]);
      return byLeader(a0) === byLeader(a1) ? [] : problem(`fields only the chair or secretary set changed: ${diff(was ?? {}, now)}`);
    }
    if (now.docType === "roundTableEntry") {
      const e0 = was as unknown as RoundTableEntry | undefined;
      const e1 = now as unknown as RoundTableEntry;
      if (JSON.stringify([e0?.recordedBy, e0?.presenters]) !== JSON.stringify([e1.recordedBy, e1.presenters]))
        return problem("recordedBy/presenters changed");
      const group = after.get(`groups/${TEST_GROUP_ID}@${TEST_GROUP_ID}`) as unknown as Group | undefined;
      const own = e1.contributors.some(
        (c) =>
          c.aadObjectId !== undefined && senders.has(c.aadObjectId) && memberOf(group, c.aadObjectId)?.municipality === e1.municipality,
      );
      return own ? [] : problem(`an entry for ${e1.municipality} written by someone who does not represent it`);
    }
    return problem(`a ${String(now.docType)} document changed`);
  }

  function judgeGroup(key: string, was: Record<string, unknown> | undefined, now: Record<string, unknown>): string[] {
    const g1 = now as unknown as Group;
    if (!was) return g1.roleHolders.every((aad) => senders.has(aad)) ? [] : [`${key}: a new group with someone else in a role`];
    const g0 = was as unknown as Group;
    const rest = (g: Group) => ({ ...g, members: undefined, updatedAt: undefined });
    if (JSON.stringify(rest(g0)) !== JSON.stringify(rest(g1))) return [`${key}: group fields changed: ${diff(rest(g0), rest(g1))}`];
    const problems: string[] = [];
    for (const member of g1.members) {
      const earlier = g0.members.find((m) => m.aadObjectId === member.aadObjectId && m.name === member.name);
      if (earlier && JSON.stringify(earlier) === JSON.stringify(member)) continue;
      if (!member.aadObjectId || !senders.has(member.aadObjectId) || member.role !== "member")
        problems.push(`${key}: member ${member.name} changed`);
      if (earlier?.municipality && earlier.municipality !== member.municipality)
        problems.push(`${key}: ${member.name} changed municipality`);
    }
    for (const member of g0.members) {
      if (!g1.members.some((m) => m.aadObjectId === member.aadObjectId)) problems.push(`${key}: member ${member.name} removed`);
    }
    return problems;
  }
});

interface DocChange {
  key: string;
  container: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Documents added, removed or changed between two snapshots; keys are `container/id@partition`. */
function changesBetween(before: StorageSnapshot, after: StorageSnapshot): DocChange[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => !isDeepStrictEqual(before.get(key), after.get(key)))
    .map((key) => ({ key, container: key.split("/")[0] ?? "", before: before.get(key), after: after.get(key) }));
}

const isLinkedTo = (doc: Record<string, unknown>, groupId: string): boolean => doc.groupId === groupId;
const memberOf = (group: Group | undefined, aad: string): GroupMember | undefined => group?.members.find((m) => m.aadObjectId === aad);

function diff(a: Record<string, unknown>, b: Record<string, unknown>): string {
  return Object.keys({ ...a, ...b })
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k}: ${JSON.stringify(a[k])?.slice(0, 120)} → ${JSON.stringify(b[k])?.slice(0, 120)}`)
    .join("; ");
}
