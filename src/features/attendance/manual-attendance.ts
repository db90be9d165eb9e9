import { type Attendee, guestKey } from "./attendee";
import { attendanceTexts } from "./texts";
import { groupMunicipality } from "./municipality-match";
import type { Meeting } from "../../shared/meeting/meeting";
import { namesSomething } from "../../shared/text/clean-text";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { addedByHand, markedAbsent, onAttendee, removed, type PersonInfo } from "./attendee-changes";
import { attendanceState, refreshAttendance, sharedAttendanceCard, type AttendanceState } from "./attendance-view";

export const MAX_NAME = 200;
export const MAX_REASON = 500;

export type ManualChange =
  | { kind: "add"; name: string; municipality?: string }
  | { kind: "absent"; person: { key?: string; name?: string }; reason?: string }
  | { kind: "remove"; person: { key?: string; name?: string } };

/**
 * The chair or secretary changes someone's attendance (the callers checked the role: `leaderMeeting`,
 * the route's `leadersOnly`); returns the message to show.
 * `duplicate`: Teams retried the activity, which changed this attendee already.
 */
export async function applyManualChange(
  turn: Turn,
  meeting: Meeting,
  change: ManualChange,
): Promise<{ ok: boolean; message: string; state?: AttendanceState; duplicate?: boolean }> {
  const texts = attendanceTexts(turn.conversation.language);
  const state = await attendanceState(turn, meeting);
  const attendees = await turn.services.attendees.list(meeting.meetingId);
  const now = turn.services.now().toISOString();
  const by = turn.from.name;
  const once = onceFor(turn.activityId);

  if (change.kind === "add") {
    const name = change.name.replace(/\s+/g, " ").trim();
    if (!namesSomething(name) || name.length > MAX_NAME) return { ok: false, message: texts.emptyName };
    const municipality = groupMunicipality(change.municipality, state.group?.municipalities ?? []);
    const person = personByName(state, attendees, name, municipality);
    const outcome = await turn.services.attendees.change(
      meeting.meetingId,
      person.personKey,
      onAttendee(meeting.meetingId, person, now, once(addedByHand(by, now, municipality))),
    );
    return { ok: true, message: texts.added(person.name), state, duplicate: !outcome.written };
  }

  if ((change.person.name?.length ?? 0) > MAX_NAME) return { ok: false, message: texts.emptyName };
  if (change.kind === "absent" && (change.reason?.trim().length ?? 0) > MAX_REASON) return { ok: false, message: texts.reasonTooLong };
  const person = findPerson(state, attendees, change.person);
  if (!person) return { ok: false, message: texts.unknownPerson(change.person.name ?? change.person.key ?? "") };
  if (change.kind === "absent") {
    const reason = change.reason?.trim() || undefined;
    const outcome = await turn.services.attendees.change(
      meeting.meetingId,
      person.personKey,
      onAttendee(meeting.meetingId, person, now, once(markedAbsent(by, now, reason))),
    );
    return { ok: true, message: texts.markedAbsent(person.name), state, duplicate: !outcome.written };
  }
  const existing = attendees.find((a) => a.personKey === person.personKey);
  if (!existing) return { ok: false, message: texts.unknownPerson(person.name) };
  const outcome = await turn.services.attendees.change(meeting.meetingId, person.personKey, (stored) =>
    stored ? once(removed(now))(stored) : undefined,
  );
  return { ok: true, message: texts.removed(person.name), state, duplicate: !outcome.written };
}

/** A change by hand always writes (new times), unless this activity made it already (a retry). */
function onceFor(activityId: string | undefined): (step: (attendee: Attendee) => Attendee) => (attendee: Attendee) => Attendee {
  return (step) =>
    activityId
      ? (attendee) => (attendee.lastActivityId === activityId ? attendee : { ...step(attendee), lastActivityId: activityId })
      : step;
}

/** "Administrer" opens the controls; the others change someone's attendance. */
export type ManualVerb = "attendance.manage" | "attendance.add" | "attendance.absent" | "attendance.remove";

export interface ManualInput {
  guestName?: string;
  guestMunicipality?: string;
  person?: string;
  reason?: string;
}

/** "Administrer" and its buttons: the controls are answered to the chair or secretary alone. */
export async function manualAttendanceAction(
  turn: Turn,
  meeting: Meeting,
  verb: ManualVerb,
  input: ManualInput,
): Promise<CardActionResult> {
  if (verb !== "attendance.manage") {
    const change: ManualChange =
      verb === "attendance.add"
        ? { kind: "add", name: input.guestName ?? "", municipality: input.guestMunicipality }
        : verb === "attendance.absent"
          ? { kind: "absent", person: { key: input.person }, reason: input.reason }
          : { kind: "remove", person: { key: input.person } };
    const result = await applyManualChange(turn, meeting, change);
    if (!result.ok) return { kind: "message", text: result.message };
  }
  const state = await attendanceState(turn, meeting);
  const view = await refreshAttendance(turn, state);
  return { kind: "card", card: sharedAttendanceCard(state, view.list, turn, { manage: true }) };
}

/** A name typed by the chair: a group member if the name is theirs, else a guest. */
function personByName(state: AttendanceState, attendees: Attendee[], name: string, municipality?: string): PersonInfo {
  const same = (other: string) => other.toLocaleLowerCase("nb") === name.toLocaleLowerCase("nb");
  const member = state.group?.members.find((m) => same(m.name));
  if (member) {
    const key = member.aadObjectId ?? guestKey(member.name);
    return {
      personKey: key,
      name: member.name,
      guest: false,
      ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
      ...((member.municipality ?? municipality) ? { municipality: member.municipality ?? municipality } : {}),
    };
  }
  const attendee = attendees.find((a) => same(a.name));
  if (attendee)
    return {
      personKey: attendee.personKey,
      name: attendee.name,
      guest: attendee.guest && !municipality,
      ...(municipality ? { municipality } : {}),
    };
  // Not a member, but there for one of the group's municipalities: that municipality's representative, not a guest.
  return { personKey: guestKey(name), name, guest: !municipality, ...(municipality ? { municipality } : {}) };
}

function findPerson(state: AttendanceState, attendees: Attendee[], wanted: { key?: string; name?: string }): PersonInfo | undefined {
  if (wanted.key) {
    const attendee = attendees.find((a) => a.personKey === wanted.key);
    if (attendee) return { personKey: attendee.personKey, name: attendee.name, guest: attendee.guest };
    const member = state.group?.members.find((m) => m.aadObjectId === wanted.key);
    return member?.aadObjectId
      ? { personKey: member.aadObjectId, aadObjectId: member.aadObjectId, name: member.name, guest: false }
      : undefined;
  }
  return wanted.name ? personByName(state, attendees, wanted.name) : undefined;
}
