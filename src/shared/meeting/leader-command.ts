import { textsFor } from "../texts";
import type { Turn } from "../turn";
import type { Versioned } from "../../storage/etag-update";
import { ensureMeeting } from "./find-meeting";
import { leaderRole } from "./leader-role";
import type { Meeting, MeetingRole } from "./meeting";

export type LeaderMeeting = { refusal: string } | { current: Versioned<Meeting>; role: MeetingRole };

/**
 * The opening of every chair's or secretary's command: this chat's meeting (made for a Teams
 * meeting the first time), and the sender as its chair or secretary — or the answer instead
 * ("no meeting here", "set up the group first", "only the chair and the secretary").
 */
export async function leaderMeeting(turn: Turn): Promise<LeaderMeeting> {
  const current = await ensureMeeting(turn);
  if (!current) return { refusal: textsFor(turn.conversation.language).noMeeting };
  const allowed = leaderRole(turn, current.doc);
  return "refusal" in allowed ? allowed : { current, role: allowed.role };
}
