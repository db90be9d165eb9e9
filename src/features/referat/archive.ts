import { z } from "zod";
import { textsFor } from "../../shared/texts";
import { canLead, roleIn, type Meeting } from "../../shared/meeting/meeting";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { forbidden, notFound } from "../../shared/refusals";
import { card, text, type CardActionResult, type Reply } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import { archiveCard, archivePage, downloadableVersion } from "./archive-card";
import { withLeaderRefresh } from "../../shared/cards/leader-refresh";
import { archiveTexts } from "./archive-texts";
import { issueDownload } from "./issue-download-link";

/**
 * The archive of the chat's group, as `viewer` may see it: participants download approved
 * versions, the chair and secretary also the newest draft. Each "Last ned" is a fresh 24-hour link
 * minted for that view, so one click opens the file. It first rewrites this chat's own meeting's
 * entry from its sources (the meeting and the referat head), so an entry a crash left behind is
 * repaired by reading it.
 */
async function archiveView(turn: Turn, meeting: Meeting, offset: number, viewer: "participant" | "leader"): Promise<CardActionResult> {
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
  const leader = viewer === "leader";
  const links = new Map<string, string>();
  await Promise.all(
    archivePage(entries, offset).map(async (entry) => {
      const version = downloadableVersion(entry, leader);
      if (version !== undefined) links.set(entry.meetingId, await issueDownload(turn, entry.meetingId, version, entry.start));
    }),
  );
  const card = archiveCard({ meetingId: meeting.meetingId, groupName: group?.doc.name ?? "", entries, offset, leader, links }, language);
  // Posted in the chat, the card is the participants' view; Teams fetches the leaders' own (with drafts).
  const shared = withLeaderRefresh(card, meeting, {
    title: textsFor(language).leaderView,
    verb: "archive.page",
    data: { meetingId: meeting.meetingId, offset },
  });
  return { kind: "card", card: viewer === "participant" ? shared : card };
}

/** The clicker's own view: a leader's with drafts, anyone else's without. */
const viewerOf = (turn: Turn, meeting: Meeting): "participant" | "leader" =>
  canLead(roleIn(meeting, turn.from.aadObjectId)) ? "leader" : "participant";

/** `referat arkiv` (anyone in a chat linked to the group): posted for everyone, so the participants' view. */
export async function archiveCommand(turn: Turn): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const view = await archiveView(turn, current.doc, 0, "participant");
  return [view.kind === "card" ? card(view.card) : text(view.kind === "message" ? view.text : "")];
}

const meetingId = z.string().min(1).max(1024);

export const archiveCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "archive.page",
    schema: z.object({ meetingId, offset: z.coerce.number().int().min(0).max(100_000) }),
    handle: ({ turn, meeting, data }) => archiveView(turn, meeting.doc, data.offset, viewerOf(turn, meeting.doc)),
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
      // A card posted before "Last ned" opened the file itself: the clicker gets the view whose "Last ned" does.
      return archiveView(turn, meeting.doc, 0, viewerOf(turn, meeting.doc));
    },
  }),
];
