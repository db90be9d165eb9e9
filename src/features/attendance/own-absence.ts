import type { Meeting } from "../../shared/meeting/meeting";
import { statusOf } from "./attendee";
import { markedAbsent, onAttendee, type PersonInfo } from "./attendee-changes";
import { attendanceList } from "./attendance-list";
import { attendanceState, refreshAttendance } from "./attendance-view";
import type { Turn } from "./services";

export type OwnAbsence = { absent: true; reason?: string } | { absent: false };

/** The clicker as an attendee: a group member with their municipality, or by their Entra id and name. */
function clicker(
  turn: Turn,
  members: ReadonlyArray<{ aadObjectId?: string; name: string; municipality?: string }>,
  aad: string,
): PersonInfo {
  const member = members.find((m) => m.aadObjectId === aad);
  return {
    personKey: aad,
    aadObjectId: aad,
    name: member?.name ?? turn.from.name,
    guest: !member,
    teamsUserId: turn.from.teamsUserId,
    ...(member?.municipality ? { municipality: member.municipality } : {}),
  };
}

/**
 * A participant's own forfall (the notice card's "Meld forfall"), recorded as the `forfall` command
 * records it; or withdrawn ("Jeg kommer"). The same again changes nothing: a repeated click writes
 * nothing. Returns whether the person now stands with forfall, and whether anything was written.
 */
export async function changeOwnAbsence(
  turn: Turn,
  meeting: Meeting,
  aad: string,
  change: OwnAbsence,
): Promise<{ absent: boolean; written: boolean }> {
  const state = await attendanceState(turn, meeting);
  const person = clicker(turn, state.group?.members ?? [], aad);
  const now = turn.services.now().toISOString();
  const outcome = await turn.services.attendees.change(meeting.meetingId, person.personKey, (existing) => {
    if (!change.absent) {
      if (!existing?.absent) return existing;
      const { absent: _withdrawn, ...rest } = existing;
      return { ...rest, updatedAt: now };
    }
    return onAttendee(meeting.meetingId, person, now, (attendee) =>
      statusOf(attendee) === "absent" && attendee.absent?.reason === change.reason
        ? attendee
        : markedAbsent(person.name, now, change.reason)(attendee),
    )(existing);
  });
  if (outcome.written && meeting.attendanceCardActivityId) await refreshAttendance(turn, state);
  return { absent: outcome.attendee ? statusOf(outcome.attendee) === "absent" : false, written: outcome.written };
}

/** Who has reported forfall so far, for the leaders' view of the notice card. */
export async function absentSoFar(turn: Turn, meeting: Meeting): Promise<string[]> {
  const list = attendanceList(await turn.services.attendees.list(meeting.meetingId), meeting.roles.secretary);
  return list.absent.map((person) => person.name);
}
