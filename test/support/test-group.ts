import assert from "node:assert/strict";
import { meetingChat, people } from "../../scripts/replay/activities";
import type { RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../scripts/replay/meeting-flow";
import { importGroupData } from "../../scripts/replay/run-group-import";

export const TEST_GROUP_ID = "naering-test";
export const TEST_MUNICIPALITIES = ["Kongsvinger", "Oslo kommune", "Hamarregionen"];

/** Imports a group whose chair, secretary and one member are the harness's people. */
export async function importTestGroup(env: Record<string, string>): Promise<string> {
  return importGroupData(env, {
    groupId: TEST_GROUP_ID,
    name: "Osloregionens faggruppe for Næringssamarbeid",
    leaderTitle: "leder Næringsgruppen",
    municipalities: TEST_MUNICIPALITIES,
    members: [
      { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair", municipality: "Hamarregionen" },
      { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" },
      { name: people.member.name, aadObjectId: people.member.aadObjectId, municipality: "Kongsvinger" },
    ],
  });
}

/** A meeting chat whose meeting Teams started, linked to the test group by its secretary. */
export async function linkedMeeting(
  running: RunningBot,
  n: number,
  options: { groupId?: string; started?: boolean } = {},
): Promise<MeetingFlow> {
  const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(n));
  if (options.started !== false) {
    assert.equal((await flow.meetingStarts(people.secretary, "Faggruppemøte Næringssamarbeid", "2025-09-11T08:00:00Z")).status, 200);
  }
  await flow.say(people.secretary, "oppsett");
  await running.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("setup.link"));
  MeetingFlow.cardOf(
    await flow.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: options.groupId ?? TEST_GROUP_ID } }),
  );
  return flow;
}

/** `linkedMeeting`, then the chair pastes the three-item agenda and types `start`: the meeting card shows Sak 1 av 3. */
export async function runningMeeting(running: RunningBot, n: number): Promise<MeetingFlow> {
  const flow = await linkedMeeting(running, n);
  await flow.say(people.chair, "agenda");
  await running.standIn.waitFor(
    (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Rediger dagsorden"),
  );
  const editor = MeetingFlow.cardOf(await flow.click(people.chair, "Rediger dagsorden"));
  MeetingFlow.cardOf(await flow.click(people.chair, "Lagre dagsorden", { card: editor, inputs: { agendaText: AGENDA_TEXT } }));
  await flow.say(people.chair, "start nå");
  await running.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Sak 1 av 3"));
  return flow;
}
