import { canLead, roleIn, type Meeting } from "../../shared/meeting/meeting";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Turn } from "./services";
import { openFollowUps } from "./follow-up";
import { followUpsCard } from "./followups-card";

/** The follow-ups card of the meeting's group: the shared view, or the clicker's own (`forClicker`). */
export async function followUpsCardFor(turn: Turn, meeting: Meeting, forClicker: boolean): Promise<AdaptiveCard | undefined> {
  const cards = await followUpsCards(turn, meeting);
  return forClicker ? cards?.own : cards?.shared;
}

/** Both views from one read of the group and one query of its follow-ups: the shared card and the clicker's own. */
export async function followUpsCards(turn: Turn, meeting: Meeting): Promise<{ shared: AdaptiveCard; own: AdaptiveCard } | undefined> {
  if (!meeting.groupId) return undefined;
  const [group, all] = await Promise.all([turn.services.groups.read(meeting.groupId), turn.services.followUps.list(meeting.groupId)]);
  if (!group) return undefined;
  const open = openFollowUps(all);
  const card = (leader: boolean) => followUpsCard(meeting, group.doc.name, open, leader, turn.conversation.language, turn.services.now());
  const leader = canLead(roleIn(meeting, turn.from.aadObjectId));
  const shared = card(false);
  return { shared, own: leader ? card(true) : shared };
}
