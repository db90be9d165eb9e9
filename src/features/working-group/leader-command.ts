import { leaderMeeting } from "../../shared/meeting/leader-command";
import type { Meeting, MeetingRole } from "../../shared/meeting/meeting";
import type { Versioned } from "../../storage/etag-update";
import type { Group } from "./group";
import type { Turn } from "./services";

export type LeaderMeetingWithGroup =
  { refusal: string } | { current: Versioned<Meeting>; role: MeetingRole; group: Versioned<Group> | undefined };

/**
 * The opening of a chair's or secretary's command that works on the group: `leaderMeeting`, then
 * the meeting's group (undefined when the chat is not linked to one or it is gone: each command
 * says what that means for it).
 */
export async function leaderMeetingWithGroup(turn: Turn): Promise<LeaderMeetingWithGroup> {
  const opened = await leaderMeeting(turn);
  if ("refusal" in opened) return opened;
  const groupId = opened.current.doc.groupId;
  return { ...opened, group: groupId ? await turn.services.groups.read(groupId) : undefined };
}
