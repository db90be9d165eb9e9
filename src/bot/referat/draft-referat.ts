import { referatCard } from "../../cards/referat-card";
import { meetingTexts } from "../../i18n/meeting-texts";
import { referatTexts } from "../../i18n/referat-texts";
import { canLead, roleIn, type Meeting } from "../../meetings/meeting";
import { previousApprovedReferat } from "../../referat/approved-referats";
import { buildReferat } from "../../referat/build-referat";
import { referatCounts } from "../../referat/referat";
import { renderMarkdown } from "../../referat/render-markdown";
import { formatOsloDate } from "../../time/oslo-time";
import { ensureMeeting } from "../meeting-context";
import { card, text, type Reply } from "../replies";
import type { Turn } from "../turn";
import { issueDownload, LINK_LIFETIME_HOURS } from "./referat-links";

/** Teams takes about 40 KB of UTF-16 per message: a longer referat goes as a link. */
export const CHAT_LIMIT_BYTES = 20_000;

/**
 * `referat`: the draft of this meeting from what is stored, in the chat as Markdown (or a
 * summary when long), stored as a numbered version, with a Word file behind an expiring link.
 * Reads: the meeting and the group (point reads) and one query of the meeting's partition.
 */
export async function draftReferat(turn: Turn): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = referatTexts(language);
  const current = await ensureMeeting(turn);
  if (!current) return [text(meetingTexts(language).noMeeting)];
  const meeting = current.doc;
  if (!meeting.groupId || (!meeting.roles.chair && !meeting.roles.secretary)) return [text(meetingTexts(language).setupFirst)];
  if (!canLead(roleIn(meeting, turn.from.aadObjectId))) return [text(texts.onlyLeaders(meeting.roles.secretary?.name))];

  const services = turn.services;
  const [group, contents] = await Promise.all([services.groups.read(meeting.groupId), services.referats.contents(meeting.meetingId)]);
  if (!group) return [text(meetingTexts(language).setupFirst)];
  if (meeting.agenda.length === 0 && contents.attendees.length === 0 && contents.entries.length === 0) return [text(texts.nothingYet)];

  const previous = previousApprovedReferat(group.doc.approvedReferats, meeting.meetingId, startOf(meeting));
  const referat = buildReferat({
    language,
    group: group.doc,
    meeting,
    attendees: contents.attendees,
    entries: contents.entries,
    ...(previous ? { previousApproved: { meetingStart: previous.meetingStart } } : {}),
  });
  const now = services.now();
  const author = { ...(turn.from.aadObjectId ? { aadObjectId: turn.from.aadObjectId } : {}), name: turn.from.name };
  const saved = await services.referats.saveDraft(meeting.meetingId, group.doc.groupId, referat, author, now, contents.head);
  const [docxUrl, previousUrl] = await Promise.all([
    issueDownload(turn, meeting.meetingId, saved.version.version, startOf(meeting)),
    previous ? issueDownload(turn, previous.meetingId, previous.version, previous.meetingStart) : undefined,
  ]);

  const markdown = renderMarkdown(saved.version.referat);
  const tooLong = Buffer.byteLength(markdown, "utf8") > CHAT_LIMIT_BYTES;
  const summary = referatCard(
    {
      groupName: group.doc.name,
      version: saved.version.version,
      created: saved.created,
      approved: Boolean(saved.version.approved),
      ...(referat.time ? { time: referat.time } : {}),
      counts: referatCounts(saved.version.referat),
      municipalities: referat.items.some((item) => item.roundTable) ? group.doc.municipalities.length : 0,
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
  return tooLong ? [card(summary)] : [text(markdown), card(summary)];
}

export const startOf = (meeting: Pick<Meeting, "actual" | "planned" | "createdAt">): string =>
  meeting.actual.start ?? meeting.planned.start ?? meeting.createdAt;
