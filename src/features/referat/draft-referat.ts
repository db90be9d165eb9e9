import { storedBytes } from "../../shared/stored-size";
import { textsFor } from "../../shared/texts";
import { referatTexts } from "./texts";
import { canLead, roleIn } from "../../shared/meeting/meeting";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { card, text, type Reply } from "../../shared/replies";
import type { Turn } from "./services";
import { authorOf, composeReferat } from "./compose-referat";
import { sharedDraftCard } from "./draft-card";

/** A referat version as JSON, at most (Azure Cosmos DB takes items up to 2 MB). */
export const MAX_REFERAT_BYTES = 1_800_000;

/**
 * `referat`: the draft of this meeting from what is stored, stored as a numbered version. The
 * chat gets a card that shows participants only that the draft exists; the chair and secretary
 * get its Word and Markdown files behind expiring links in their own view of the card.
 * Reads: the meeting and the group (point reads) and one query of the meeting's partition;
 * writes: the version (only when the content changed) (the links are minted when a leader's view is fetched).
 */
export async function draftReferat(turn: Turn): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = referatTexts(language);
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(language).noMeeting)];
  const meeting = current.doc;
  if (!meeting.groupId || (!meeting.roles.chair && !meeting.roles.secretary)) return [text(textsFor(language).setupFirst)];
  if (!canLead(roleIn(meeting, turn.from.aadObjectId))) return [text(texts.onlyLeaders(meeting.roles.secretary?.name))];
  if (handledBefore(turn, meeting)) return [];

  const services = turn.services;
  const composed = await composeReferat(services, meeting, language);
  if (composed.kind === "noGroup") return [text(textsFor(language).setupFirst)];
  if (composed.kind === "empty") return [text(texts.nothingYet)];
  const { group, referat } = composed;
  // Under the meeting's own bounds a referat stays far below this; a version must fit one item.
  if (storedBytes(referat) > MAX_REFERAT_BYTES) return [text(texts.tooLarge)];
  const now = services.now();
  const saved = await services.referats.saveDraft(meeting.meetingId, group.groupId, referat, authorOf(turn), now, composed.head);
  const approvedVersion = composed.head?.doc.approvedVersion;
  await services.meetingIndex.record(meeting, now, {
    latestVersion: saved.version.version,
    ...(approvedVersion ? { approvedVersion } : {}),
  });
  const shared = sharedDraftCard(meeting, group, saved.version, saved.created, language);
  await recordHandled(turn, current);
  return [card(shared)];
}
