/**
 * The joint meeting (fellesmøtet): 300 distinct people click the same card within one second.
 * Check-ins, round-table submits over 40 municipalities, and Teams' refresh of the meeting card,
 * against one bot process or two on the same store. Errors are invokes not answered with a card.
 */
import { performance } from "node:perf_hooks";
import { cardInvoke, message, people, type Person } from "../scripts/replay/activities";
import { findAction, mergedActionData, postActivity } from "../scripts/replay/bot-client";
import { guidFrom, mriFrom } from "../scripts/replay/chats";
import type { ConnectorStandIn } from "../scripts/replay/connector-standin";
import { importGroup } from "../src/features/working-group/import-group";
import type { GroupStore } from "../src/features/working-group/store";
import { BenchMeeting, expectCard } from "./bot-scenario";
import { latencyOf, type Latency } from "./load";

export const JOINT_GROUP_ID = "bench-joint";
export const JOINT_PEOPLE = 300;
const JOINT_MUNICIPALITIES = 40;
const SPREAD_MS = 1000;

const municipalities = Array.from({ length: JOINT_MUNICIPALITIES }, (_, i) => `Fellesmøtekommune ${String(i + 1).padStart(2, "0")}`);
export const jointPeople: Person[] = Array.from({ length: JOINT_PEOPLE }, (_, i) => ({
  id: mriFrom(`joint-${i}`),
  name: `Deltaker ${i + 1}`,
  aadObjectId: guidFrom(`joint-${i}`),
}));
const municipalityOf = (i: number): string => municipalities[i % JOINT_MUNICIPALITIES] ?? "";
/** Beyond the group's 300: people Teams knows but the group does not (asked for their municipality). */
const personAt = (i: number): Person =>
  jointPeople[i] ?? { id: mriFrom(`joint-extra-${i}`), name: `Gjest ${i + 1}`, aadObjectId: guidFrom(`joint-extra-${i}`) };

/** "Registrer oppmøte" clicked by `person` on the check-in card `cardId`. */
const checkInActivity = (meeting: BenchMeeting, person: Person, cardId: string): Record<string, unknown> =>
  cardInvoke({
    ...meeting.flow.as(person),
    verb: "attendance.checkIn",
    data: { verb: "attendance.checkIn", meetingId: meeting.meetingId },
    replyToId: cardId,
  });

export async function storeJointGroup(groups: GroupStore): Promise<void> {
  const members = [
    { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair" as const },
    { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" as const },
    ...jointPeople.map((p, i) => ({ name: p.name, aadObjectId: p.aadObjectId, municipality: municipalityOf(i), role: "member" as const })),
  ];
  await groups.upsert(
    importGroup({ groupId: JOINT_GROUP_ID, name: "Fellesmøtet", leaderTitle: "leder", municipalities, members }, undefined, new Date()),
  );
}

export interface JointFigures {
  name: string;
  instances: number;
  latency: Latency;
  errors: number;
  /** What storage and the shared card show afterwards. */
  outcome: string;
}

type Invoke = { url: string; activity: Record<string, unknown> };

/** Sends each invoke at its moment within SPREAD_MS; times each from its own send. */
async function spread(
  invokes: Invoke[],
): Promise<{ latency: Latency; errors: number; busy: number; cards: Array<Record<string, unknown> | undefined> }> {
  const times: number[] = [];
  const cards: Array<Record<string, unknown> | undefined> = [];
  let errors = 0;
  let busy = 0;
  await Promise.all(
    invokes.map(
      (invoke, i) =>
        new Promise<void>((resolve) =>
          setTimeout(
            () => {
              const start = performance.now();
              postActivity(invoke.url, invoke.activity)
                // 503 from the admission queue: refused at once, "try again" (Teams retries); not a failure.
                .then(async (response) => {
                  if (response.status === 503) busy += 1;
                  else cards[i] = await expectCard(Promise.resolve(response), "joint meeting");
                })
                .catch(() => (errors += 1))
                .finally(() => {
                  times.push(performance.now() - start);
                  resolve();
                });
            },
            (i * SPREAD_MS) / invokes.length,
          ),
        ),
    ),
  );
  return { latency: latencyOf(times), errors, busy, cards };
}

export interface JointRig {
  botUrls: string[];
  standIn: ConnectorStandIn;
  /** Stored attendees and round-table entries of a meeting (read directly, not timed). */
  attendees(meetingId: string): Promise<number>;
  entries(meetingId: string): Promise<number>;
  /** Until the bots have been quiet for a moment (their re-renders after the answers). */
  quiet(): Promise<void>;
}

/** What Teams saw in the meeting's chat: the busiest second, the largest message (UTF-16) and what it refused. */
const inTeams = (standIn: ConnectorStandIn, meeting: BenchMeeting): string => {
  const chat = meeting.flow.chat.conversationId;
  const largest = Math.max(0, ...standIn.recorded(chat).map((a) => JSON.stringify(a.activity).length * 2));
  const refused = standIn.refused().filter((r) => r.conversationId === chat).length;
  const busiest = standIn.busiest(chat);
  return `; in Teams: busiest second ${busiest} operations, largest message ${Math.round(largest / 1000)} KB, ${refused} refused`;
};

/**
 * The shared card keeps Teams' pace (7 updates a second, 60 in 30 s per chat, the chat's earlier messages
 * counted): waits until it shows `expected`, at most 60 s, and returns what it shows then.
 */
async function caughtUp(shown: () => string, expected: string): Promise<string> {
  const deadline = performance.now() + 60_000;
  while (shown() !== expected && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return shown();
}

const lastCardText = (standIn: ConnectorStandIn, meeting: BenchMeeting, verb: string): string => {
  const id = meeting.flow.messageWith(verb);
  return JSON.stringify(standIn.messages(meeting.flow.chat.conversationId).find((m) => m.activityId === id)?.activity ?? {});
};

/** The three bursts against `instances` processes (each invoke to the next process in turn). */
export async function jointMeetingBench(rig: JointRig, instances: number, n: number): Promise<JointFigures[]> {
  const urls = rig.botUrls.slice(0, instances);
  const urlOf = (i: number): string => urls[i % urls.length] ?? "";
  const meeting = await BenchMeeting.prepare(urlOf(0), rig.standIn, 700 + n, JOINT_GROUP_ID);
  const as = (person: Person) => meeting.flow.as(person);
  const figures: JointFigures[] = [];

  const checkInCard = meeting.flow.messageWith("attendance.checkIn");
  const checkIns = await spread(
    jointPeople.map((person, i) => ({
      url: urlOf(i),
      activity: checkInActivity(meeting, person, checkInCard),
    })),
  );
  await rig.quiet();
  const stored = await rig.attendees(meeting.meetingId);
  const burstEnd = performance.now();
  const shownCount = (): string => /(\d+) til stede/.exec(lastCardText(rig.standIn, meeting, "attendance.checkIn"))?.[1] ?? "?";
  const shows = await caughtUp(shownCount, String(stored));
  const checkInLag = performance.now() - burstEnd;
  figures.push({
    name: `${JOINT_PEOPLE} check-ins`,
    instances,
    latency: checkIns.latency,
    errors: checkIns.errors + checkIns.busy,
    outcome:
      `${stored} attendees stored, the shared card shows ${shows} present ${(checkInLag / 1000).toFixed(1)} s after the answers` +
      inTeams(rig.standIn, meeting),
  });

  // The forms are fetched first, not timed: each person's form carries the entry's revision they saw.
  const formCard = meeting.flow.messageWith("roundtable.form");
  const forms: Array<Record<string, unknown>> = [];
  for (let i = 0; i < jointPeople.length; i += 25) {
    const batch = jointPeople.slice(i, i + 25).map((person, j) =>
      expectCard(
        postActivity(
          urlOf(i + j),
          cardInvoke({
            ...as(person),
            verb: "roundtable.form",
            data: { verb: "roundtable.form", meetingId: meeting.meetingId },
            replyToId: formCard,
          }),
        ),
        "fetch the form",
      ),
    );
    forms.push(...(await Promise.all(batch)));
  }
  const submits = await spread(
    jointPeople.map((person, i) => {
      const form = forms[i] ?? {};
      const data = mergedActionData(form, findAction(form, "roundtable.submit"), { entryText: `• Status fra ${person.name}` });
      return { url: urlOf(i), activity: cardInvoke({ ...as(person), verb: "roundtable.submit", data, replyToId: formCard }) };
    }),
  );
  await rig.quiet();
  const entries = await rig.entries(meeting.meetingId);
  const conflicts = submits.cards.filter((card) => JSON.stringify(card ?? {}).includes("roundtable.submit")).length;
  const submitsEnd = performance.now();
  const progress = await caughtUp(
    () => /(\d+ av \d+ har levert)/.exec(lastCardText(rig.standIn, meeting, "roundtable.form"))?.[1] ?? "?",
    `${entries} av ${JOINT_MUNICIPALITIES} har levert`,
  );
  const submitLag = performance.now() - submitsEnd;
  figures.push({
    name: `${JOINT_PEOPLE} round-table submits (${JOINT_MUNICIPALITIES} municipalities)`,
    instances,
    latency: submits.latency,
    errors: submits.errors + submits.busy,
    outcome:
      `${entries} entries stored, ${conflicts} writers shown the entry someone else saved first, ` +
      `the card shows ${progress} ${(submitLag / 1000).toFixed(1)} s after the answers` +
      inTeams(rig.standIn, meeting),
  });

  const meetingCard = meeting.flow.messageWith("meeting.refresh");
  const refreshes = await spread(
    jointPeople.map((person, i) => ({
      url: urlOf(i),
      activity: cardInvoke({
        ...as(person),
        verb: "meeting.refresh",
        data: { verb: "meeting.refresh", meetingId: meeting.meetingId },
        replyToId: meetingCard,
        trigger: "automatic",
      }),
    })),
  );
  await rig.quiet();
  figures.push({
    name: `${JOINT_PEOPLE} refreshes of the meeting card`,
    instances,
    latency: refreshes.latency,
    errors: refreshes.errors + refreshes.busy,
    outcome: `${refreshes.cards.filter(Boolean).length} cards answered`,
  });
  return figures;
}

const msText = (value: number): string => (value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`);

export function jointMeetingTable(figures: JointFigures[]): string {
  return [
    "### Joint meeting: 300 people click the same card within one second",
    "",
    "Each of 300 distinct people sends one invoke at its moment within one second (evenly spread); the latency is from its " +
      "send to its answer. Errors are invokes not answered with a card (Teams shows an error after about five seconds). Target: " +
      "0 errors, p99 under 2 s.",
    "",
    "| Burst | Bot processes | p50 | p95 | p99 | Errors | Afterwards |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...figures.map((f) => {
      const { p50, p95, p99 } = f.latency;
      return `| ${f.name} | ${f.instances} | ${msText(p50)} | ${msText(p95)} | ${msText(p99)} | ${f.errors} | ${f.outcome} |`;
    }),
  ].join("\n");
}

export interface OverloadRow {
  size: number;
  latency: Latency;
  errors: number;
  /** Answered at once with 503 "try again" by the admission queue (MAX_ACTIVE/QUEUED_ACTIVITIES). */
  busy?: number;
  /** Messages that reached the chat (for typed commands: the answers Teams' rate limits let through). */
  delivered?: number;
}

/**
 * Check-in bursts of growing size within one second on one process, until one has errors: the
 * largest burst with none is the figure. Each burst is a fresh meeting of the joint group.
 */
export async function overloadBench(rig: JointRig, sizes: number[]): Promise<OverloadRow[]> {
  const rows: OverloadRow[] = [];
  for (const [n, size] of sizes.entries()) {
    const meeting = await BenchMeeting.prepare(rig.botUrls[0] ?? "", rig.standIn, 720 + n, JOINT_GROUP_ID);
    const card = meeting.flow.messageWith("attendance.checkIn");
    const burst = await spread(
      Array.from({ length: size }, (_, i) => ({
        url: rig.botUrls[0] ?? "",
        activity: checkInActivity(meeting, personAt(i), card),
      })),
    );
    await rig.quiet();
    rows.push({ size, latency: burst.latency, errors: burst.errors, busy: burst.busy });
    if (burst.errors > 0) break;
  }
  return rows;
}

export function overloadTable(rows: OverloadRow[]): string {
  const clean = rows.filter((row) => row.errors === 0 && !row.busy).at(-1)?.size ?? 0;
  return [
    `**Overload:** the largest burst of check-ins within one second on one process with 0 errors: **${clean}**. ` +
      "Beyond what it serves in time, activities wait in a bounded queue " +
      "(by default 400 at work, 2000 waiting, at most 3 s from arrival); " +
      'the rest get 503 with Retry-After at once ("busy"), which Teams shows as “try again”: an error is anything else.',
    "",
    "| Check-ins within 1 s | p50 | p99 | Errors | Busy (503, try again) |",
    "|---:|---:|---:|---:|---:|",
    ...rows.map((row) => `| ${row.size} | ${msText(row.latency.p50)} | ${msText(row.latency.p99)} | ${row.errors} | ${row.busy ?? 0} |`),
  ].join("\n");
}

/** Half check-ins, half `hjelp` typed in the same chat, all within one second: the burst DESIGN's mixed load describes. */
export async function mixedBurst(rig: JointRig, size: number, n: number): Promise<{ checkIns: OverloadRow; help: OverloadRow }> {
  const meeting = await BenchMeeting.prepare(rig.botUrls[0] ?? "", rig.standIn, 740 + n, JOINT_GROUP_ID);
  const card = meeting.flow.messageWith("attendance.checkIn");
  const half = Math.floor(size / 2);
  const burstStart = Date.now();
  const checkIns = spread(
    Array.from({ length: half }, (_, i) => ({
      url: rig.botUrls[0] ?? "",
      activity: checkInActivity(meeting, personAt(i), card),
    })),
  );
  const helpTimes: number[] = [];
  let helpErrors = 0;
  const help = Promise.all(
    Array.from(
      { length: size - half },
      (_, i) =>
        new Promise<void>((resolve) =>
          setTimeout(
            () => {
              const start = performance.now();
              postActivity(rig.botUrls[0] ?? "", message({ ...meeting.flow.as(personAt(half + i)), text: "hjelp" }))
                .then((response) => (response.status === 200 ? undefined : (helpErrors += 1)))
                .catch(() => (helpErrors += 1))
                .finally(() => {
                  helpTimes.push(performance.now() - start);
                  resolve();
                });
            },
            (i * SPREAD_MS) / (size - half),
          ),
        ),
    ),
  );
  const [checked] = await Promise.all([checkIns, help]);
  await rig.quiet();
  const chat = meeting.flow.chat.conversationId;
  // Check-ins are answered in the invoke response: every message the chat got during the burst is a `hjelp` answer.
  const answered = rig.standIn.recorded(chat).filter((a) => a.operation !== "update" && a.at >= burstStart).length;
  return {
    checkIns: { size: half, latency: checked.latency, errors: checked.errors, busy: checked.busy },
    help: { size: size - half, latency: latencyOf(helpTimes), errors: helpErrors, delivered: answered },
  };
}

/** RSS after the one-process bursts against RSS when ready: the target is within 20 % a minute later. */
export function memoryAfterTable(ready: number | undefined, after: { rightAfter?: number; minuteLater?: number }): string {
  const mib = (value: number | undefined) => (value === undefined ? "?" : `${value.toFixed(0)} MiB`);
  const ratio = ready && after.minuteLater ? after.minuteLater / ready : undefined;
  const verdict = ratio === undefined ? "" : ratio <= 1.2 ? " — met" : " — **missed**";
  return (
    `**Memory after the bursts** (the first process, after its 900 joint-meeting invokes): ${mib(after.rightAfter)} right after, ` +
    `${mib(after.minuteLater)} a minute later, against ${mib(ready)} when ready: ` +
    `${ratio === undefined ? "?" : `${ratio.toFixed(2)}×`} (target ≤ 1.2×)${verdict}.`
  );
}
