import { type Group, rememberMunicipality } from "../working-group";
import { attendanceTexts } from "./texts";
import type { Meeting } from "../../shared/meeting/meeting";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { checkIn, onAttendee, type PersonInfo } from "./attendee-changes";
import { attendanceState, refreshAttendance, sharedAttendanceCard } from "./attendance-view";
import { isSecretary } from "./attendance-list";

/** "Registrer oppmøte": the clicker is present; someone new is asked once for their municipality. */
export async function checkInAction(turn: Turn, meeting: Meeting): Promise<CardActionResult> {
  const texts = attendanceTexts(turn.conversation.language);
  if (meeting.status === "ended") return { kind: "message", text: texts.ended };
  const aad = turn.from.aadObjectId;
  if (!aad) return { kind: "message", text: texts.anonymousCheckIn };
  const state = await attendanceState(turn, meeting);
  const person = await personOf(turn, state.group, aad);
  const now = turn.services.now().toISOString();
  // Most clicks are a first check-in: created without a read; someone already there costs a 409 and the read.
  await turn.services.attendees.change(meeting.meetingId, aad, onAttendee(meeting.meetingId, person, now, checkIn(now)), {
    current: undefined,
  });
  const view = await refreshAttendance(turn, state);
  // The secretary is the secretariat, not a municipality's representative.
  const ask =
    !person.municipality &&
    !isSecretary({ aadObjectId: aad, name: person.name }, meeting.roles.secretary) &&
    (state.group?.municipalities.length ?? 0) > 0;
  return { kind: "card", card: ask ? sharedAttendanceCard(state, view.list, turn, { askMunicipality: true }) : view.card };
}

/** The municipality someone new chose: kept on the attendee and on their member record for next time. */
export async function chooseMunicipalityAction(turn: Turn, meeting: Meeting, municipality: string | undefined): Promise<CardActionResult> {
  const texts = attendanceTexts(turn.conversation.language);
  const aad = turn.from.aadObjectId;
  if (!aad) return { kind: "message", text: texts.anonymousCheckIn };
  const state = await attendanceState(turn, meeting);
  if (!state.group || !municipality || !state.group.municipalities.includes(municipality))
    return { kind: "message", text: texts.noMunicipality };

  const person = { ...(await personOf(turn, state.group, aad)), municipality };
  await rememberMunicipality(turn, state.group.groupId, { aadObjectId: aad, name: person.name }, municipality);
  const now = turn.services.now().toISOString();
  await turn.services.attendees.change(meeting.meetingId, aad, (existing) =>
    existing && existing.municipality !== municipality ? { ...existing, municipality, updatedAt: now } : existing,
  );
  const view = await refreshAttendance(turn, state);
  return { kind: "card", card: view.card };
}

/** Who the clicker is: their group member record, else the chat roster, else the name Teams sent. */
export async function personOf(turn: Turn, group: Group | undefined, aad: string): Promise<PersonInfo> {
  const member = group?.members.find((m) => m.aadObjectId === aad);
  const name = member?.name ?? (await turn.teams.member(turn.from.teamsUserId))?.name ?? turn.from.name;
  return {
    personKey: aad,
    aadObjectId: aad,
    teamsUserId: turn.from.teamsUserId,
    name: name || turn.from.name,
    guest: false,
    ...(member?.municipality ? { municipality: member.municipality } : {}),
  };
}
