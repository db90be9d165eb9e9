import { textsFor } from "../texts";
import type { Turn } from "../turn";
import { canLead, roleIn, type Meeting, type MeetingRole } from "./meeting";

/** Refusal text when the sender may not lead this meeting (chair or secretary, by aadObjectId), else their role. */
export function leaderRole(turn: Turn, meeting: Meeting): { role: MeetingRole } | { refusal: string } {
  const texts = textsFor(turn.conversation.language);
  if (!meeting.roles.chair && !meeting.roles.secretary) return { refusal: texts.setupFirst };
  const role = roleIn(meeting, turn.from.aadObjectId);
  return canLead(role) ? { role } : { refusal: texts.onlyLeaders };
}
