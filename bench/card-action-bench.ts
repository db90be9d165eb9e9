import { cardInvoke, meetingChat, people, type Person } from "../scripts/replay/activities";
import { postActivity } from "../scripts/replay/bot-client";
import type { ConnectorStandIn } from "../scripts/replay/connector-standin";
import type { RequestCounter, RequestCounts } from "../scripts/replay/request-counter";
import { FLOOR_VERB } from "./floor/floor-verb";
import { BenchMeeting, expectCard, representatives } from "./bot-scenario";
import { pairedBursts, pairedSequential, type BurstFigures, type Latency, type Send } from "./load";
import { quietOf as quiet } from "./quiet";

export const CONCURRENCY = 60;
const RUNS = 150;
const WARMUP = 30;
const BURSTS = 8;
const WARMUP_BURSTS = 1;

export interface ActionFigures {
  name: string;
  sequential: { floor: Latency; action: Latency };
  bursts: { floor: BurstFigures; action: BurstFigures };
  /** Cosmos requests of each sequential run of the action until its answer, as the embedded server counted them. */
  requests: RequestCounts[];
  /** Those after the answer (the shared card rendered again for everyone), until the bot was quiet. */
  afterRequests: RequestCounts[];
  /** The same for the floor's requests it alternated with. */
  floorRequests: RequestCounts[];
  /** Round-table submits: entries found in storage after the bursts, against those submitted. */
  stored?: { submitted: number; found: number };
}

/** What the benchmark drives: the bot's prepared meetings, the floor, and the Cosmos request counter. */
export interface Rig {
  floorUrl: string;
  standIn: ConnectorStandIn;
  meetings: BenchMeeting[];
  counter: RequestCounter;
  /** Round-table entries stored for a meeting (read directly from Cosmos, not timed). */
  entriesStored(meetingId: string): Promise<number>;
}

const floorChat = meetingChat(8999);
const floorUser = (i: number): Person => representatives[i % representatives.length] ?? people.member;

function floorClick(rig: Rig, person: Person): Send {
  const activity = cardInvoke({
    serviceUrl: rig.standIn.url,
    chat: floorChat,
    from: person,
    verb: FLOOR_VERB,
    data: { meetingId: "floor" },
    replyToId: "1",
  });
  return async () => void (await expectCard(postActivity(rig.floorUrl, activity), "floor"));
}

function counted(counter: RequestCounter, send: Send, into: RequestCounts[], answered?: { at?: RequestCounts }): Send {
  return async () => {
    const before = counter.snapshot();
    await send();
    into.push(counter.since(before));
    if (answered) answered.at = counter.snapshot();
  };
}

/**
 * One card action against the floor: at concurrency 1 (pairs) and in bursts of 60. `one(i)`
 * prepares the i-th single action, `burst(b)` the b-th burst's 60.
 */
async function benchAction(
  rig: Rig,
  name: string,
  one: (i: number) => Promise<Send>,
  burst: (b: number) => Promise<Send[]>,
): Promise<ActionFigures> {
  const requests: RequestCounts[] = [];
  const afterRequests: RequestCounts[] = [];
  const floorRequests: RequestCounts[] = [];
  const answered: { at?: RequestCounts } = {};
  // Untimed: the bot finishes what it does after the answer before the floor's next request.
  const afterAction = async (): Promise<void> => {
    await quiet(rig.counter);
    if (answered.at) afterRequests.push(rig.counter.since(answered.at));
    delete answered.at;
  };
  const sequential = await pairedSequential(
    async (i) => counted(rig.counter, floorClick(rig, floorUser(i)), floorRequests),
    async (i) => counted(rig.counter, await one(i), requests, answered),
    RUNS,
    WARMUP,
    afterAction,
  );
  const bursts = await pairedBursts(
    async () => Array.from({ length: CONCURRENCY }, (_, i) => floorClick(rig, floorUser(i))),
    burst,
    BURSTS,
    WARMUP_BURSTS,
    () => quiet(rig.counter),
  );
  return {
    name,
    sequential,
    bursts,
    requests: requests.slice(WARMUP),
    afterRequests: afterRequests.slice(WARMUP),
    floorRequests: floorRequests.slice(WARMUP),
  };
}

/** Hands out each (meeting, representative) pair once: first check-ins and first submits. */
function pairs(meetings: BenchMeeting[]) {
  let meetingIndex = 0;
  let person = 0;
  const take = (): BenchMeeting => {
    const meeting = meetings[meetingIndex];
    if (!meeting) throw new Error("out of prepared meetings");
    return meeting;
  };
  return {
    one(): { meeting: BenchMeeting; person: Person } {
      const meeting = take();
      const rep = representatives[person] ?? people.member;
      person += 1;
      if (person === representatives.length) [meetingIndex, person] = [meetingIndex + 1, 0];
      return { meeting, person: rep };
    },
    /** A whole meeting's representatives at once. */
    all(): { meeting: BenchMeeting; people: Person[] } {
      if (person > 0) [meetingIndex, person] = [meetingIndex + 1, 0];
      const meeting = take();
      meetingIndex += 1;
      return { meeting, people: representatives };
    },
  };
}

export async function cardActionBench(rig: Rig): Promise<ActionFigures[]> {
  const { meetings } = rig;
  const first = meetings[0];
  if (!first) throw new Error("no meetings prepared");
  const figures: ActionFigures[] = [];

  figures.push(
    await benchAction(
      rig,
      "Refresh invoke (meeting card, trigger automatic)",
      async () => first.refresh(people.chair),
      async (b) => {
        const meeting = meetings[b % meetings.length] ?? first;
        return representatives.map(() => meeting.refresh(people.chair));
      },
    ),
  );

  const checkIns = pairs(meetings);
  figures.push(
    await benchAction(
      rig,
      "Check-in (Registrer oppmøte)",
      async () => {
        const { meeting, person } = checkIns.one();
        return meeting.checkIn(person);
      },
      async () => {
        const { meeting, people: everyone } = checkIns.all();
        return everyone.map((person) => meeting.checkIn(person));
      },
    ),
  );

  const submits = pairs(meetings);
  const text = (person: Person) => `• Status fra ${person.name}: tiltak gjennomført\n  - videre arbeid i 2026`;
  const burstMeetings: BenchMeeting[] = [];
  const submitFigures = await benchAction(
    rig,
    "Round-table submit (Send inn)",
    async () => {
      const { meeting, person } = submits.one();
      return meeting.submit(person, text(person));
    },
    async () => {
      const { meeting, people: everyone } = submits.all();
      burstMeetings.push(meeting);
      return Promise.all(everyone.map((person) => meeting.submit(person, text(person))));
    },
  );
  const found = await Promise.all(burstMeetings.map((meeting) => rig.entriesStored(meeting.meetingId)));
  figures.push({ ...submitFigures, stored: { submitted: burstMeetings.length * CONCURRENCY, found: found.reduce((a, b) => a + b, 0) } });

  // Neste in bursts: 60 meetings' chairs at once (one chair's clicks are one after another).
  let nesteAt = 0;
  figures.push(
    await benchAction(
      rig,
      "Chair's Neste (meeting card)",
      async () => {
        for (let tries = 0; tries < meetings.length; tries++) {
          const meeting = meetings[nesteAt++ % meetings.length];
          if (meeting && meeting.nesteLeft > BURSTS + WARMUP_BURSTS) return meeting.neste();
        }
        throw new Error("no agenda moves left for Neste");
      },
      async () => Promise.all(meetings.slice(0, CONCURRENCY).map((meeting) => meeting.neste())),
    ),
  );
  return figures;
}
