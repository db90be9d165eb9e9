import { z } from "zod";
import type { Meeting } from "../../shared/meeting/meeting";
import type { Versioned } from "../../storage/etag-update";
import { badRequest, forbidden, notFound } from "../../shared/refusals";
import type { CardActionResult } from "../../shared/replies";
import { textsFor } from "../../shared/texts";
import { literal } from "../../shared/markdown-literal";
import { changeOwnAbsence, MAX_REASON, type OwnAbsence } from "../attendance";
import { noticeCardFor, noticeLink } from "./notice-view";
import { noticeTexts } from "./texts";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";

const meetingId = z.string().min(1).max(1024);

/**
 * The notice card's "Meld forfall" (with an optional reason), "Jeg kommer" (withdraws a forfall before the
 * meeting starts) for every participant, and the leaders' view with who has reported forfall.
 */
export const noticeCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "notice.absent",
    // The reason's length is checked after parsing, with its own message (the body is at most 1 MB).
    schema: z.object({ meetingId, reason: z.string().optional() }),
    invalid: (language) => badRequest(textsFor(language).noMeeting),
    handle: ({ turn, meeting, data }) => ownAbsence(turn, meeting, { absent: true, reason: data.reason?.trim() || undefined }),
  }),
  meetingCardAction({
    verb: "notice.coming",
    schema: z.object({ meetingId }),
    handle: ({ turn, meeting }) => ownAbsence(turn, meeting, { absent: false }),
  }),
  meetingCardAction({
    verb: "notice.refresh",
    schema: z.object({ meetingId }),
    leadersOnly: true,
    handle: async ({ turn, meeting }) => {
      if (!meeting.doc.noticeCardActivityId) return notFound(noticeTexts(turn.conversation.language).notPosted);
      const group = meeting.doc.groupId ? await turn.services.groups.readRecent(meeting.doc.groupId) : undefined;
      if (!group) return notFound(noticeTexts(turn.conversation.language).noGroup);
      const url = await noticeLink(turn, meeting.doc);
      return { kind: "card", card: await noticeCardFor(turn, meeting.doc, group.doc.name, url, { kind: "leader" }) };
    },
  }),
];

async function ownAbsence(turn: Turn, current: Versioned<Meeting>, change: OwnAbsence): Promise<CardActionResult> {
  const texts = noticeTexts(turn.conversation.language);
  const meeting = current.doc;
  const aad = turn.from.aadObjectId;
  if (!aad) return forbidden(texts.anonymous);
  // Only from the notice posted in this chat (a forged click on a meeting without one changes nothing).
  if (!meeting.noticeCardActivityId) return notFound(texts.notPosted);
  if (meeting.status === "ended") return { kind: "message", text: texts.meetingEnded };
  if (change.absent && (change.reason?.length ?? 0) > MAX_REASON) return { kind: "message", text: texts.reasonTooLong };
  if (!change.absent && meeting.status !== "planned") return { kind: "message", text: texts.tooLateToWithdraw };
  const group = meeting.groupId ? await turn.services.groups.readRecent(meeting.groupId) : undefined;
  if (!group) return notFound(texts.noGroup);

  const outcome = await changeOwnAbsence(turn, meeting, aad, change);
  const url = await noticeLink(turn, meeting);
  // The posted card drawn again: the leaders' clients fetch their view (the count) anew.
  if (outcome.written && meeting.noticeCardActivityId) {
    await turn.chat.update(meeting.noticeCardActivityId, await noticeCardFor(turn, meeting, group.doc.name, url, { kind: "shared" }));
  }
  // The reason is what the clicker typed: Markdown in a TextBlock, so it goes in literally.
  const reason = change.absent && change.reason !== undefined ? literal(change.reason, "inline") : undefined;
  const status = change.absent ? texts.absenceRecorded(reason) : outcome.written ? texts.absenceWithdrawn : texts.comingRecorded;
  return { kind: "card", card: await noticeCardFor(turn, meeting, group.doc.name, url, { kind: "personal", status }) };
}
