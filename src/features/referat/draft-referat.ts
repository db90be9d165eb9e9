import { storedBytes } from "../../shared/stored-size";
import { textsFor } from "../../shared/texts";
import { referatCard } from "./referat-card";
import { referatTexts } from "./texts";
import { canLead, roleIn } from "../../shared/meeting/meeting";
import { referatCounts } from "./referat";
import { renderMarkdown } from "./render-markdown";
import { formatOsloDate } from "../../shared/time/oslo-time";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { card, text, type Reply } from "../../shared/replies";
import type { Turn } from "./services";
import { authorOf, composeReferat, startOf } from "./compose-referat";
import { issueDownload, LINK_LIFETIME_HOURS } from "./issue-download-link";

/** Teams takes about 40 KB of UTF-16 per message: a longer referat goes as a link. */
export const CHAT_LIMIT_BYTES = 20_000;
/** A referat version as JSON, at most (Azure Cosmos DB takes items up to 2 MB). */
export const MAX_REFERAT_BYTES = 1_800_000;

/**
 * `referat`: the draft of this meeting from what is stored, in the chat as Markdown (or a
 * summary when long), stored as a numbered version, with a Word file behind an expiring link.
 * Reads: the meeting and the group (point reads) and one query of the meeting's partition;
 * writes: the version (only when the content changed) and the download links.
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
  const { group, referat, previous } = composed;
  // Under the meeting's own bounds a referat stays far below this; a version must fit one item.
  if (storedBytes(referat) > MAX_REFERAT_BYTES) return [text(texts.tooLarge)];
  const now = services.now();
  const saved = await services.referats.saveDraft(meeting.meetingId, group.groupId, referat, authorOf(turn), now, composed.head);
  const approvedVersion = composed.head?.doc.approvedVersion;
  await services.meetingIndex.record(meeting, now, {
    latestVersion: saved.version.version,
    ...(approvedVersion ? { approvedVersion } : {}),
  });
  const [docxUrl, previousUrl] = await Promise.all([
    issueDownload(turn, meeting.meetingId, saved.version.version, startOf(meeting)),
    previous ? issueDownload(turn, previous.meetingId, previous.version, previous.meetingStart) : undefined,
  ]);

  const markdown = renderMarkdown(saved.version.referat);
  const tooLong = Buffer.byteLength(markdown, "utf8") > CHAT_LIMIT_BYTES;
  const summary = referatCard(
    {
      groupName: group.name,
      version: saved.version.version,
      created: saved.created,
      approved: Boolean(saved.version.approved),
      ...(referat.time ? { time: referat.time } : {}),
      counts: referatCounts(saved.version.referat),
      municipalities: referat.items.some((item) => item.roundTable) ? group.municipalities.length : 0,
      tooLong,
      docxUrl,
      markdownUrl: `${docxUrl}?format=md`,
      linkHours: LINK_LIFETIME_HOURS,
      ...(previous && previousUrl
        ? { previous: { date: formatOsloDate(new Date(previous.meetingStart), language), version: previous.version, url: previousUrl } }
        : {}),
    },
    language,
  );
  await recordHandled(turn, current);
  return tooLong ? [card(summary)] : [text(markdown), card(summary)];
}
