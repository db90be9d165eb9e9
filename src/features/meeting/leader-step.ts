import { randomUUID } from "node:crypto";
import { roleIn, type ItemNote, type Meeting, type MeetingRole } from "../../shared/meeting/meeting";
import { leaderRole } from "../../shared/meeting/leader-role";
import { textsFor } from "../../shared/texts";
import type { StepRefusal } from "./walkthrough";
import type { Versioned } from "../../storage/etag-update";
import type { Turn } from "./services";
import { openRoundTableIfReached, refreshRoundTable } from "../roundtable";
import { refreshMeetingCard } from "./meeting-card-view";

export type LeaderStepResult =
  | { kind: "refused"; message: string }
  | { kind: "done"; meeting: Meeting; role: MeetingRole; refusal?: StepRefusal; written: boolean; duplicate: boolean };

export type StepDecision = { ok: true; meeting: Meeting } | { ok: false; refusal: StepRefusal };

/** A note or decision from this turn; its id is the Teams activity id, so a retry adds nothing. */
export function noteFrom(turn: Turn, kind: ItemNote["kind"], text: string): ItemNote {
  return { id: turn.activityId ?? randomUUID(), kind, text, author: turn.from.name, at: turn.services.now().toISOString() };
}

/**
 * A change by the chair or secretary: checked by aadObjectId, applied under ETag (a retried
 * delivery of the same activity is applied once), then the shared meeting card is updated in
 * place for everyone. The leader's Teams id is learned on the way, for the card's refresh.
 */
export async function leaderStep(
  turn: Turn,
  current: Versioned<Meeting>,
  decide: (meeting: Meeting) => StepDecision,
  options: { sharedCard?: "beforeAnswer" | "afterAnswer" } = {},
): Promise<LeaderStepResult> {
  const allowed = leaderRole(turn, current.doc);
  if ("refusal" in allowed) return { kind: "refused", message: allowed.refusal };
  const outcome = await turn.services.meetings.update<StepRefusal | undefined>(
    current.doc.meetingId,
    current,
    (meeting) => {
      const decision = decide(meeting);
      return decision.ok ? { write: withLeaderId(decision.meeting, turn), result: undefined } : { result: decision.refusal };
    },
    { activityId: turn.activityId, onDuplicate: () => undefined, now: turn.services.now() },
  );
  if (!outcome) return { kind: "refused", message: textsFor(turn.conversation.language).noMeeting };
  // Also for a redelivery (no refusal, nothing written): the first delivery may have died before this.
  if (outcome.written || outcome.result === undefined) {
    if (options.sharedCard === "afterAnswer" && turn.answered) updateAfterAnswer(turn, turn.answered, outcome.meeting);
    else await updateSharedCard(turn, outcome.meeting);
    await openRoundTableIfReached(turn, outcome.meeting);
  }
  return {
    kind: "done",
    meeting: outcome.meeting,
    role: allowed.role,
    refusal: outcome.result,
    written: outcome.written,
    duplicate: outcome.duplicate,
  };
}

/**
 * The meeting card, and the round-table card when the meeting's end closed it. `meeting` is the
 * document as this turn's write (or its read under ETag) returned it: the meeting card shows it without another read.
 */
export async function updateSharedCard(turn: Turn, meeting: Meeting): Promise<void> {
  if (meeting.meetingCardActivityId) await refreshMeetingCard(turn, meeting.meetingId, meeting);
  if (meeting.status === "ended" && meeting.roundTable?.cardActivityId && meeting.groupId) {
    const group = await turn.services.groups.read(meeting.groupId);
    if (group) await refreshRoundTable(turn, meeting, group.doc);
  }
}

/**
 * For a click whose answer is the clicker's own view of the meeting card: the shared card is for
 * the others in the chat, so it is rendered and published once the answer is sent, still in the
 * card's queue (later changes follow it in order). A failure is logged; the next change updates it.
 */
function updateAfterAnswer(turn: Turn, answered: Promise<void>, meeting: Meeting): void {
  void answered
    .then(() => updateSharedCard(turn, meeting))
    .catch((error: unknown) => turn.services.log.warn({ err: error }, "could not update the shared meeting card after the answer"));
}

function withLeaderId(meeting: Meeting, turn: Turn): Meeting {
  const role = roleIn(meeting, turn.from.aadObjectId);
  if (role === "participant") return meeting;
  const holder = meeting.roles[role];
  if (!holder || holder.teamsUserId === turn.from.teamsUserId) return meeting;
  return { ...meeting, roles: { ...meeting.roles, [role]: { ...holder, teamsUserId: turn.from.teamsUserId } } };
}
