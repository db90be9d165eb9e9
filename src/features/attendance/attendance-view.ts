import { attendanceList, type AttendanceList } from "./attendance-list";
import { attendanceCard } from "./attendance-card";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import { postSharedCard } from "../../shared/cards/post-shared-card";
import type { Turn } from "./services";

export interface AttendanceState {
  meeting: Meeting;
  group?: Group;
}

export interface RenderedAttendance {
  list: AttendanceList;
  card: AdaptiveCard;
}

/** The meeting and its group (for the municipality list and member records; a copy a few seconds old will do). */
export async function attendanceState(turn: Turn, meeting: Meeting): Promise<AttendanceState> {
  const group = meeting.groupId ? await turn.services.groups.readRecent(meeting.groupId) : undefined;
  return { meeting, ...(group ? { group: group.doc } : {}) };
}

export function sharedAttendanceCard(
  state: AttendanceState,
  list: AttendanceList,
  turn: Turn,
  extra: { askMunicipality?: boolean; manage?: boolean } = {},
): AdaptiveCard {
  const people = extra.manage ? manageablePeople(state, list) : undefined;
  return attendanceCard(
    {
      meetingId: state.meeting.meetingId,
      meetingTitle: state.meeting.title,
      list,
      municipalities: state.group?.municipalities ?? [],
      ...(extra.askMunicipality ? { askMunicipality: true } : {}),
      ...(people ? { manage: { people } } : {}),
    },
    turn.conversation.language,
  );
}

/**
 * Re-reads the attendance and updates the one shared check-in card. Concurrent check-ins are
 * coalesced (see SharedCardRefresher); the result includes this turn's own write.
 */
export function refreshAttendance(turn: Turn, state: AttendanceState): Promise<RenderedAttendance> {
  const meetingId = state.meeting.meetingId;
  return turn.services.sharedCards.refresh<RenderedAttendance>(
    `attendance:${meetingId}`,
    async () => {
      const list = attendanceList(await turn.services.attendees.list(meetingId), state.meeting.roles.secretary);
      return { list, card: sharedAttendanceCard(state, list, turn) };
    },
    async (view) => {
      if (state.meeting.attendanceCardActivityId) await turn.chat.update(state.meeting.attendanceCardActivityId, view.card);
    },
    turn.answered ? { answered: turn.answered } : {},
  );
}

/** Posts a new check-in card and remembers it as the shared one. */
export async function postAttendanceCard(turn: Turn, meeting: Meeting): Promise<void> {
  const state = await attendanceState(turn, meeting);
  const list = attendanceList(await turn.services.attendees.list(meeting.meetingId), meeting.roles.secretary);
  await postSharedCard(turn, meeting.meetingId, sharedAttendanceCard(state, list, turn), (latest, id) => ({
    ...latest,
    attendanceCardActivityId: id,
  }));
}

/** Everyone the chair may mark: people in the attendance, and group members not (yet) in it. */
function manageablePeople(state: AttendanceState, list: AttendanceList): Array<{ key: string; name: string }> {
  const people = new Map<string, string>();
  for (const person of [...list.present, ...list.secretariat, ...list.absent]) people.set(person.key, person.name);
  for (const member of state.group?.members ?? []) {
    if (member.aadObjectId && !people.has(member.aadObjectId)) people.set(member.aadObjectId, member.name);
  }
  return [...people].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}
