import type { ApprovedReferatRef } from "../working-group";

const KEEP = 20;

/** The group's list with this meeting's approved version in it (one entry per meeting), oldest first. */
export function withApprovedReferat(list: ApprovedReferatRef[] | undefined, approved: ApprovedReferatRef): ApprovedReferatRef[] {
  return [...(list ?? []).filter((ref) => ref.meetingId !== approved.meetingId), approved]
    .sort((a, b) => a.meetingStart.localeCompare(b.meetingStart))
    .slice(-KEEP);
}

/** The newest approved referat of an earlier meeting than this one. */
export function previousApprovedReferat(
  list: ApprovedReferatRef[] | undefined,
  meetingId: string,
  meetingStart: string | undefined,
): ApprovedReferatRef | undefined {
  return (list ?? []).filter((ref) => ref.meetingId !== meetingId && (!meetingStart || ref.meetingStart < meetingStart)).at(-1);
}
