import { cardInvoke, people } from "../scripts/replay/activities";
import { postActivity } from "../scripts/replay/bot-client";
import type { RequestCounter, RequestCounts } from "../scripts/replay/request-counter";
import type { BenchMeeting } from "./bot-scenario";
import { measure, ms, type Timing } from "./measure";
import { describeCounts } from "./report";

const RUNS = 100;

export interface FollowUpFigures {
  add: { timing: Timing; requests: RequestCounts[] };
  done: { timing: Timing; requests: RequestCounts[] };
}

/**
 * The chair adds follow-ups on the meeting card ("Legg til oppfølgingspunkt") one after another,
 * then marks each "Ferdig" on the follow-ups card: p50/p95 and the Cosmos requests until each answer.
 * `openIds` lists the group's open follow-ups (read directly from Cosmos, not timed).
 */
export async function followUpBench(
  meeting: BenchMeeting,
  counter: RequestCounter,
  openIds: () => Promise<string[]>,
): Promise<FollowUpFigures> {
  const { flow, meetingId } = meeting;
  // The card message clicked on: the follow-ups card for "Ferdig" (posted once, untimed), none needed for adding.
  let replyToId = "1";
  const post = async (verb: string, data: Record<string, unknown>): Promise<void> => {
    const activity = cardInvoke({ ...flow.as(people.chair), verb, data: { verb, meetingId, ...data }, replyToId });
    const response = await postActivity(flow.botUrl(), activity);
    if (response.status !== 200) throw new Error(`${verb}: ${response.status} ${response.text.slice(0, 200)}`);
  };
  const countedRun = (requests: RequestCounts[], work: () => Promise<void>) => async () => {
    const before = counter.snapshot();
    await work();
    requests.push(counter.since(before));
  };
  let n = 0;
  const addRequests: RequestCounts[] = [];
  const add = await measure(
    countedRun(addRequests, () => post("meeting.followUp", { followUpText: `Oppfølging ${++n}`, followUpResponsible: "Sekretariatet" })),
    RUNS,
    20,
  );
  const ids = await openIds();
  await flow.say(people.chair, "oppfølging");
  replyToId = flow.standIn.recorded(flow.chat.conversationId).at(-1)?.activityId ?? "1";
  const doneRequests: RequestCounts[] = [];
  let next = 0;
  const done = await measure(
    countedRun(doneRequests, () => post("followup.status", { followUpId: ids[next++] ?? "", status: "done" })),
    Math.min(RUNS, ids.length - 20),
    20,
  );
  return { add: { timing: add, requests: addRequests.slice(-RUNS) }, done: { timing: done, requests: doneRequests.slice(-RUNS) } };
}

export function followUpTable(figures: FollowUpFigures): string {
  const row = (name: string, { timing, requests }: FollowUpFigures["add"]) =>
    `| ${name} | ${ms(timing.median)} | ${ms(timing.p95)} | ${describeCounts(requests)} |`;
  return [
    "| Follow-ups (one after another, no floor) | p50 | p95 | Cosmos requests until the answer |",
    "|---|---|---|---|",
    row("Add a follow-up (meeting card)", figures.add),
    row("Mark done (follow-ups card)", figures.done),
  ].join("\n");
}
