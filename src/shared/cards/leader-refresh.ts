import type { AdaptiveCard } from "./render-card";
import type { Meeting } from "../meeting/meeting";

/**
 * Asks Teams to fetch the chair's and the secretary's own view of a shared card (`refresh.userIds`),
 * so their buttons appear by themselves while everyone else sees the read-only card.
 */
export function withLeaderRefresh(
  card: AdaptiveCard,
  meeting: Pick<Meeting, "roles">,
  action: { title: string; verb: string; data: Record<string, unknown> },
): AdaptiveCard {
  const userIds = [meeting.roles.chair?.teamsUserId, meeting.roles.secretary?.teamsUserId].filter((id): id is string => Boolean(id));
  if (userIds.length === 0) return card;
  return {
    ...card,
    refresh: {
      action: { type: "Action.Execute", title: action.title, verb: action.verb, data: { verb: action.verb, ...action.data } },
      userIds: [...new Set(userIds)],
    },
  };
}
