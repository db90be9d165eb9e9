import { activityDerivedId } from "../../shared/activity-derived-id";
import { meetingSpan, type Meeting } from "../../shared/meeting/meeting";
import { osloDateStamp } from "../../shared/time/oslo-time";
import { latestDayAhead } from "../../shared/time/dates-ahead";
import type { Turn } from "./services";
import { FOLLOW_UP_LIMITS, followUpDocId, parseDeadline, type FollowUp, type FollowUpChange, type FollowUpStatus } from "./follow-up";

export type FollowUpRefusal =
  "empty" | "tooLong" | "responsibleTooLong" | "badDate" | "beforeMeeting" | "tooFarAhead" | "tooMany" | "noItem" | "notFound";

/** What the chair or secretary typed: the text, and optionally who is responsible and by when (a typed date). */
export interface FollowUpInput {
  text: string;
  responsible?: string;
  deadline?: string;
}

const by = (turn: Turn) => ({ ...(turn.from.aadObjectId ? { aadObjectId: turn.from.aadObjectId } : {}), name: turn.from.name });
const meetingStart = (meeting: Meeting): string => meetingSpan(meeting).start ?? meeting.createdAt;

/** A deadline as typed: empty is none; otherwise a real day, not before the meeting nor over two years after it. */
function deadlineOf(typed: string | undefined, meeting: Meeting): { deadline?: string } | { refusal: FollowUpRefusal } {
  const text = typed?.trim() ?? "";
  if (text === "") return {};
  const deadline = parseDeadline(text);
  if (!deadline) return { refusal: "badDate" };
  const meetingDay = osloDateStamp(new Date(meetingStart(meeting)));
  if (deadline < meetingDay) return { refusal: "beforeMeeting" };
  if (deadline > latestDayAhead(meetingDay)) return { refusal: "tooFarAhead" };
  return { deadline };
}

/**
 * A new follow-up on the meeting's current item (the caller has checked the role). Its id comes
 * from the Teams activity, so a retried delivery creates nothing twice.
 */
export async function addFollowUp(
  turn: Turn,
  meeting: Meeting,
  input: FollowUpInput,
): Promise<{ followUp: FollowUp; created: boolean } | { refusal: FollowUpRefusal }> {
  const text = input.text.replace(/\s+/g, " ").trim();
  const responsible = input.responsible?.replace(/\s+/g, " ").trim() ?? "";
  if (text === "") return { refusal: "empty" };
  if (text.length > FOLLOW_UP_LIMITS.text) return { refusal: "tooLong" };
  if (responsible.length > FOLLOW_UP_LIMITS.responsible) return { refusal: "responsibleTooLong" };
  const deadline = deadlineOf(input.deadline, meeting);
  if ("refusal" in deadline) return deadline;
  const item = meeting.agenda[meeting.currentIndex];
  if (!item || !meeting.groupId) return { refusal: "noItem" };
  const id = activityDerivedId(turn);
  const existing = await turn.services.followUps.list(meeting.groupId);
  const again = existing.find((f) => f.id === followUpDocId(id));
  if (again) return { followUp: again, created: false };
  if (!(await turn.services.followUps.reserveOpen(meeting.groupId, id, existing, turn.services.now()))) return { refusal: "tooMany" };
  const now = turn.services.now().toISOString();
  const followUp: FollowUp = {
    id: followUpDocId(id),
    groupId: meeting.groupId,
    docType: "followUp",
    text,
    ...(responsible ? { responsible } : {}),
    ...(deadline.deadline ? { deadline: deadline.deadline } : {}),
    origin: {
      meetingId: meeting.meetingId,
      meetingStart: meetingStart(meeting),
      itemKey: item.key,
      itemNumber: meeting.currentIndex + 1,
      itemTitle: item.title,
    },
    status: "open",
    history: [],
    createdAt: now,
    createdBy: by(turn),
    updatedAt: now,
  };
  return turn.services.followUps.createIfAbsent(followUp);
}

export type FollowUpChangeRequest = { status: FollowUpStatus } | { deadline: string };

/**
 * A status or deadline change by the chair or secretary (the caller has checked the role and that
 * the follow-up is of the chat's group). Under ETag: two leaders at once both land in the history,
 * the later one's status stands. The same change again (a retried delivery) writes nothing.
 */
export async function changeFollowUp(
  turn: Turn,
  meeting: Meeting,
  followUpId: string,
  request: FollowUpChangeRequest,
): Promise<{ followUp: FollowUp; changed: boolean } | { refusal: FollowUpRefusal }> {
  if (!meeting.groupId) return { refusal: "notFound" };
  let deadline: string | undefined;
  if ("deadline" in request) {
    const parsed = deadlineOf(request.deadline, meeting);
    if ("refusal" in parsed) return parsed;
    deadline = parsed.deadline;
  }
  const now = turn.services.now().toISOString();
  const outcome = await turn.services.followUps.update<boolean>(meeting.groupId, followUpId.replace(/^followUp:/, ""), (current) => {
    const same = "status" in request ? current.status === request.status : current.deadline === deadline;
    if (same) return { result: false };
    const change: FollowUpChange = {
      at: now,
      by: by(turn),
      ...("status" in request ? { status: request.status } : deadline ? { deadline } : {}),
      meetingId: meeting.meetingId,
    };
    const next: FollowUp = { ...current, history: [...current.history, change].slice(-FOLLOW_UP_LIMITS.history), updatedAt: now };
    if ("status" in request) next.status = request.status;
    else if (deadline) next.deadline = deadline;
    else delete next.deadline;
    return { write: next, result: true };
  });
  if (!outcome) return { refusal: "notFound" };
  return { followUp: outcome.doc, changed: outcome.result };
}
