import { textsFor } from "../../shared/texts";
import { referatTexts } from "./texts";
import { roleIn } from "../../shared/meeting/meeting";
import { withApprovedReferat } from "./approved-referats";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { currentMeeting } from "../../shared/meeting/find-meeting";
import { card, text, type Reply } from "../../shared/replies";
import { referatWithLinks } from "./referat-summary";
import type { Turn } from "./services";
import { authorOf, startOf } from "./compose-referat";

/**
 * `referat godkjenn`: the chair approves the newest version; it is locked, and the group's
 * next meeting offers it under "Godkjenning av referat fra tidligere møter". Saying it again
 * changes nothing (and repairs the group's list if a crash cut the first attempt short).
 */
export async function approveReferat(turn: Turn): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = referatTexts(language);
  const current = await currentMeeting(turn);
  if (!current) return [text(textsFor(language).noMeeting)];
  const meeting = current.doc;
  if (!meeting.groupId || !meeting.roles.chair) return [text(textsFor(language).setupFirst)];
  if (roleIn(meeting, turn.from.aadObjectId) !== "chair") return [text(texts.onlyChair)];
  if (handledBefore(turn, meeting)) return [];

  const outcome = await turn.services.referats.approveLatest(meeting.meetingId, authorOf(turn), turn.services.now());
  if (outcome.kind === "noDraft") return [text(texts.noDraft)];
  const { version } = outcome;
  const approvedAt = version.approved?.at ?? turn.services.now().toISOString();
  await turn.services.groups.update(meeting.groupId, (group) => {
    const listed = group.approvedReferats?.some((ref) => ref.meetingId === meeting.meetingId && ref.version === version.version);
    if (listed) return { result: undefined };
    const ref = { meetingId: meeting.meetingId, version: version.version, meetingStart: startOf(meeting), approvedAt };
    return {
      write: { ...group, approvedReferats: withApprovedReferat(group.approvedReferats, ref), updatedAt: approvedAt },
      result: undefined,
    };
  });
  await turn.services.meetingIndex.record(meeting, turn.services.now(), {
    latestVersion: version.version,
    approvedVersion: version.version,
  });
  await recordHandled(turn, current);
  // Published: the approved version's Markdown (when it fits a message) and its files, for everyone in the chat.
  // Saying it again publishes it again, with fresh links (they last 24 hours).
  const said = text(outcome.kind === "approved" ? texts.approved(version.version) : texts.alreadyApproved(version.version));
  const group = await turn.services.groups.read(meeting.groupId);
  if (!group) return [said];
  const published = await referatWithLinks(turn, meeting, group.doc, version, false);
  return [said, ...(published.markdown ? [text(published.markdown)] : []), card(published.card)];
}
