import { meetingCard } from "./meeting-card";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Meeting, MeetingRole } from "../../shared/meeting/meeting";
import { carriedInto, FOLLOW_UP_ITEM } from "../followups";
import type { Turn } from "./services";

interface SharedMeetingCard {
  activityId?: string;
  card?: AdaptiveCard;
}

/**
 * Re-reads the meeting (or shows `written`, the meeting as this turn just wrote it and got it
 * back from Cosmos) and updates the one shared meeting card, coalesced and in order like
 * the check-in card: the chair's Neste and the secretary's notes racing each other never
 * leave an older state on the card.
 */
export async function refreshMeetingCard(turn: Turn, meetingId: string, written?: Meeting): Promise<void> {
  const shown = async (meeting: Meeting | undefined): Promise<SharedMeetingCard> =>
    meeting?.meetingCardActivityId
      ? { activityId: meeting.meetingCardActivityId, card: await meetingCardOf(turn, meeting, "participant") }
      : {};
  const known = written ? await shown(written) : undefined;
  // Cosmos returns the written document with its ETag: while storage still holds exactly that, the card
  // rendered from it is the card (one rendering per stored state). Not at the follow-up item, whose
  // follow-ups are other documents.
  const writtenEtag = written && !showsFollowUps(written) ? (written as Meeting & { _etag?: string })._etag : undefined;
  await turn.services.sharedCards.refresh<SharedMeetingCard>(
    `meeting:${meetingId}`,
    async () => {
      const stored = await turn.services.meetings.read(meetingId);
      return known && writtenEtag !== undefined && stored?.etag === writtenEtag ? known : shown(stored?.doc);
    },
    async ({ activityId, card }) => {
      if (activityId && card) await turn.chat.update(activityId, card);
    },
    { ...(known ? { known: { view: known } } : {}), ...(turn.answered ? { answered: turn.answered } : {}) },
  );
}

/**
 * The meeting card as `role` sees it. At an item "Oppfølging fra forrige møte" it shows the
 * group's follow-ups carried into this meeting (one query of the group's partition); elsewhere
 * it costs no request.
 */
export async function meetingCardOf(turn: Turn, meeting: Meeting, role: MeetingRole): Promise<AdaptiveCard> {
  const language = turn.conversation.language;
  if (!showsFollowUps(meeting) || !meeting.groupId) return meetingCard(meeting, role, language);
  const all = await turn.services.followUps.list(meeting.groupId);
  return meetingCard(meeting, role, language, { followUps: carriedInto(all, meeting.meetingId), today: turn.services.now() });
}

const showsFollowUps = (meeting: Meeting): boolean => FOLLOW_UP_ITEM.test(meeting.agenda[meeting.currentIndex]?.title ?? "");
