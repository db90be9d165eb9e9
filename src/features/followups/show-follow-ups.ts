import { canLead, roleIn, type Meeting } from "../../shared/meeting/meeting";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Turn } from "../../shared/turn";
import { openFollowUps } from "./follow-up";
import { followUpsCard } from "./followups-card";

/** The follow-ups card of the meeting's group: the shared view, or the clicker's own (`forClicker`). */
export async function followUpsCardFor(turn: Turn, meeting: Meeting, forClicker: boolean): Promise<AdaptiveCard | undefined> {
  if (!meeting.groupId) return undefined;
  const [group, all] = await Promise.all([turn.services.groups.read(meeting.groupId), turn.services.followUps.list(meeting.groupId)]);
  if (!group) return undefined;
  const leader = forClicker && canLead(roleIn(meeting, turn.from.aadObjectId));
  return followUpsCard(meeting, group.doc.name, openFollowUps(all), leader, turn.conversation.language, turn.services.now());
}
