import { people } from "../../../scripts/replay/activities";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import type { RunningBot } from "../../../scripts/replay/running-bot";
import { runningMeeting } from "../../support/test-group";

const { chair, secretary, member } = people;

/**
 * Ingrid Haugen (people.member) put over HTTP, as Teams would, into every kind of document of the test
 * group and two of its meetings: membership (imported), a check-in, a chair's note that mentions her, a
 * follow-up she is responsible for, her round-table entry and its two revisions, the referat draft, and a
 * forfall with a reason in the second meeting. `approve`: the first meeting's referat is approved, and a
 * later note that mentions her makes a newer draft.
 */
export async function seedPersonInEveryDocument(
  running: RunningBot,
  first: number,
  options: { approve?: boolean } = {},
): Promise<{ first: MeetingFlow; second: MeetingFlow }> {
  const meeting = await runningMeeting(running, first);
  const meetingId = meeting.chat.meetingId;
  MeetingFlow.cardOf(await meeting.invoke(member, "attendance.checkIn", { meetingId }));
  await meeting.ask(chair, "notat Ingrid Haugen orienterte om næringsparken");
  await meeting.ask(chair, "oppfølging Sende kart over arealene; Ingrid Haugen; 1. mars 2027");
  await meeting.ask(secretary, "rundebord Status");
  for (const [entryText, baseRevision] of [
    ["• Første status", ""],
    ["• Rettet status", "1"],
  ] as const) {
    const data = { meetingId, municipality: "Kongsvinger", formMunicipality: "Kongsvinger", entryText, baseRevision };
    MeetingFlow.cardOf(await meeting.invoke(member, "roundtable.submit", data));
  }
  await meeting.ask(secretary, "referat");
  if (options.approve) {
    await meeting.ask(chair, "referat godkjenn");
    await meeting.ask(chair, "notat Spørsmål fra Ingrid Haugen tas opp neste gang");
    await meeting.ask(secretary, "referat");
  }
  const second = await runningMeeting(running, first + 1);
  await second.ask(secretary, "forfall Ingrid Haugen, syk");
  return { first: meeting, second };
}
