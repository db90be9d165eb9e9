import { CloudAdapterBase, TeamsInfo, TurnContext } from "botbuilder";
import type { ConnectorClient } from "botframework-connector";
import type { ChatPort, MeetingInfo, TeamsApi } from "../shared/turn";
import type { Logger } from "../logging/logger";
import { card } from "../shared/replies";
import { cleanText } from "../shared/text/clean-text";
import { toActivity } from "./send-replies";
import type { OutgoingScheduler } from "../shared/outgoing/outgoing-scheduler";

export function chatPort(context: TurnContext, log: Logger, outgoing: OutgoingScheduler): ChatPort {
  // Taken while the turn runs: a shared card is also updated after the answer, when the turn's
  // context is revoked (its connector client, authenticated for this conversation, is not).
  const reference = TurnContext.getConversationReference(context.activity);
  const connector =
    context.adapter instanceof CloudAdapterBase ? context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey) : undefined;
  return {
    async send(reply) {
      const response = await context.sendActivity(toActivity(reply));
      return response?.id;
    },
    async update(activityId, value) {
      try {
        if (!connector || !reference.conversation) throw new Error("No connector client for this conversation");
        const conversationId = reference.conversation.id;
        const activity = TurnContext.applyConversationReference({ ...toActivity(card(value)), id: activityId }, reference);
        // A newer state of the same message, queued behind this one, replaces it: Teams gets the latest only.
        await outgoing.message(conversationId, () => connector.conversations.updateActivity(conversationId, activityId, activity), {
          replaces: activityId,
        });
      } catch (error) {
        // The change is saved before any card shows it: a message that is gone or a Bot Connector that does
        // not answer must not turn it into an error ("nothing changed"). The next change updates the card again.
        log.warn({ err: error }, "could not update a card message");
      }
    },
  };
}

/** Meeting APIs fail with 403 (no permission, bot not in meeting) or 404 (expired): treated as unknown. */
export function teamsApi(context: TurnContext, log: Logger, outgoing: OutgoingScheduler): TeamsApi {
  return {
    async meetingInfo(teamsMeetingId): Promise<MeetingInfo | undefined> {
      try {
        const info = await outgoing.call(() => TeamsInfo.getMeetingInfo(context, teamsMeetingId));
        const details = info.details as
          { title?: string; scheduledStartTime?: string; scheduledEndTime?: string; joinUrl?: string } | undefined;
        const organizer = info.organizer as { aadObjectId?: string; objectId?: string } | undefined;
        return {
          title: details?.title === undefined ? undefined : cleanText(details.title),
          start: details?.scheduledStartTime,
          end: details?.scheduledEndTime,
          ...(details?.joinUrl?.startsWith("https://") ? { joinUrl: details.joinUrl } : {}),
          organizerAadObjectId: organizer?.aadObjectId ?? organizer?.objectId,
        };
      } catch (error) {
        log.info({ err: error }, "meeting info unavailable");
        return undefined;
      }
    },
    async participantRole(teamsMeetingId, aadObjectId, tenantId) {
      try {
        const participant = await outgoing.call(() => TeamsInfo.getMeetingParticipant(context, teamsMeetingId, aadObjectId, tenantId));
        return participant.meeting?.role;
      } catch (error) {
        log.info({ err: error }, "meeting participant unavailable");
        return undefined;
      }
    },
    async member(teamsUserId) {
      try {
        const member = await outgoing.call(() => TeamsInfo.getMember(context, teamsUserId));
        const name = cleanText(member.name ?? [member.givenName, member.surname].filter(Boolean).join(" "));
        return { name, aadObjectId: member.aadObjectId ?? (member as { objectId?: string }).objectId, teamsUserId: member.id };
      } catch (error) {
        log.info({ err: error }, "roster member unavailable");
        return undefined;
      }
    },
    async roster() {
      try {
        const page = await outgoing.call(() => TeamsInfo.getPagedMembers(context, 500));
        return page.members.map((member) => ({
          teamsUserId: member.id,
          aadObjectId: member.aadObjectId ?? (member as { objectId?: string }).objectId,
          name: cleanText(member.name ?? [member.givenName, member.surname].filter(Boolean).join(" ")),
        }));
      } catch (error) {
        log.info({ err: error }, "roster unavailable");
        return [];
      }
    },
  };
}
