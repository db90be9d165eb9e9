import { z } from "zod";
import { textsFor } from "../../shared/texts";
import { canLead, roleIn, type Meeting } from "../../shared/meeting/meeting";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { forbidden, notFound } from "../../shared/refusals";
import { card, text, type CardActionResult, type Reply } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import { archiveCard, downloadableVersion } from "./archive-card";
import { archiveTexts } from "./archive-texts";
import { issueDownload } from "./issue-download-link";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";

/**
 * The archive of the chat's group, as `turn`'s person sees it. It first rewrites this chat's
 * own meeting's entry from its sources (the meeting and the referat head), so an entry a crash
 * left behind is repaired by reading it.
 */
async function archiveView(
  turn: Turn,
  meeting: Meeting,
  offset: number,
  link?: { meetingId: string; url: string },
): Promise<CardActionResult> {
  const language = turn.conversation.language;
  if (!meeting.groupId) return { kind: "message", text: textsFor(language).setupFirst };
  const head = (await turn.services.referats.readHead(meeting.meetingId))?.doc;
  await turn.services.meetingIndex.record(
    meeting,
    turn.services.now(),
    head ? { latestVersion: head.latestVersion, ...(head.approvedVersion ? { approvedVersion: head.approvedVersion } : {}) } : undefined,
  );
  const [group, entries] = await Promise.all([
    turn.services.groups.read(meeting.groupId),
    turn.services.meetingIndex.list(meeting.groupId),
  ]);
  const leader = canLead(roleIn(meeting, turn.from.aadObjectId));
  const view = { meetingId: meeting.meetingId, groupName: group?.doc.name ?? "", entries, offset, leader, ...(link ? { link } : {}) };
  return { kind: "card", card: archiveCard(view, language) };
}

/** `referat arkiv` (anyone in a chat linked to the group). */
export async function archiveCommand(turn: Turn): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const view = await archiveView(turn, current.doc, 0);
  return [view.kind === "card" ? card(view.card) : text(view.kind === "message" ? view.text : "")];
}

const meetingId = z.string().min(1).max(1024);

export const archiveCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "archive.page",
    schema: z.object({ meetingId, offset: z.coerce.number().int().min(0).max(100_000) }),
    handle: ({ turn, meeting, data }) => archiveView(turn, meeting.doc, data.offset),
  }),
  meetingCardAction({
    verb: "archive.download",
    schema: z.object({ meetingId, entryMeetingId: meetingId, version: z.coerce.number().int().min(1).max(100_000) }),
    handle: async ({ turn, meeting, data }) => {
      const texts = archiveTexts(turn.conversation.language);
      const groupId = meeting.doc.groupId;
      const entry = groupId ? (await turn.services.meetingIndex.list(groupId)).find((e) => e.meetingId === data.entryMeetingId) : undefined;
      if (!entry) return notFound(texts.unknown);
      const leader = canLead(roleIn(meeting.doc, turn.from.aadObjectId));
      const allowed = data.version === entry.approvedVersion || (leader && data.version === downloadableVersion(entry, true));
      if (!allowed) return forbidden(texts.draftOnlyLeaders);
      // A retried click shows the archive again without minting a second link.
      if (handledBefore(turn, meeting.doc)) return archiveView(turn, meeting.doc, 0);
      const url = await issueDownload(turn, entry.meetingId, data.version, entry.start);
      await recordHandled(turn, meeting);
      return archiveView(turn, meeting.doc, 0, { meetingId: entry.meetingId, url });
    },
  }),
];
