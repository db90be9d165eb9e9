import type { CardAction } from "../../router/dispatch-card-action";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "../../shared/turn";
import { meetingFromCard } from "../../shared/meeting/find-meeting";
import { checkInAction, chooseMunicipalityAction } from "./check-in";
import { manualAttendanceAction } from "./manual-attendance";
import { meetingTexts } from "../meeting/texts";

export const attendanceVerbs = ["attendance.checkIn", "attendance.municipality", "attendance.manage", "attendance.add", "attendance.absent", "attendance.remove"] as const;
export type AttendanceVerb = (typeof attendanceVerbs)[number];

export async function attendanceCardAction(turn: Turn, verb: AttendanceVerb, action: CardAction): Promise<CardActionResult> {
  const meeting = await meetingFromCard(turn, action.data);
  if (!meeting) {
    return { kind: "error", status: 404, code: "NotFound", message: meetingTexts(turn.conversation.language).noMeeting };
  }
  switch (verb) {
    case "attendance.checkIn":
      return checkInAction(turn, meeting.doc);
    case "attendance.municipality":
      return chooseMunicipalityAction(turn, meeting.doc, action);
    default:
      return manualAttendanceAction(turn, meeting.doc, verb, action);
  }
}
