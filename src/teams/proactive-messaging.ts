import type { ConversationReference } from "botbuilder";
import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { BotAuth } from "../config/load-config";
import type { Logger } from "../logging/logger";
import type { ConversationStore } from "../shared/conversation-store";
import type { ProactiveMessaging } from "../shared/proactive";
import { chatPort, teamsApi } from "./turn-ports";
import { scheduleSending } from "./outgoing-calls";
import type { OutgoingScheduler } from "../shared/outgoing/outgoing-scheduler";

/**
 * Proactive messages through the adapter (`continueConversationAsync`): the connector client it
 * builds signs each call with the bot's credentials (a client secret or the managed identity).
 */
export function proactiveMessaging(
  adapter: TeamsAdapter,
  auth: BotAuth,
  conversations: ConversationStore,
  log: Logger,
  outgoing: OutgoingScheduler,
): ProactiveMessaging {
  const appId = auth.enabled ? auth.appId : "";
  return {
    async inConversation(conversationId, work, known) {
      const record = known?.conversationId === conversationId ? known : await conversations.get(conversationId);
      if (!record) return undefined;
      const reference: Partial<ConversationReference> = {
        channelId: "msteams",
        serviceUrl: record.serviceUrl,
        bot: { id: record.botId, name: "" },
        conversation: {
          id: record.conversationId,
          isGroup: record.kind !== "personal",
          conversationType: record.kind,
          name: "",
          ...(record.tenantId ? { tenantId: record.tenantId } : {}),
        },
      };
      let result: Awaited<ReturnType<typeof work>> | undefined;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        // The continuation activity gets a made-up id, which botbuilder would send as `replyToId`
        // (a reply to a message that does not exist): without it, messages go as new ones.
        context.activity.id = undefined;
        scheduleSending(context, outgoing);
        result = await work({ conversation: record, chat: chatPort(context, log, outgoing), teams: teamsApi(context, log, outgoing) });
      });
      return result;
    },
  };
}
