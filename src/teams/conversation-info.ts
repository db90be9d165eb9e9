import type { IncomingActivity } from "./incoming-activity";
import { languageOf, type Language } from "../shared/language";
import type { ConversationInfo, ConversationKind } from "../shared/conversation";

export function conversationInfo(activity: IncomingActivity, fixedLanguage?: Language): ConversationInfo {
  return {
    conversationId: activity.conversation.id,
    kind: conversationKind(activity.conversation.conversationType),
    tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
    meetingId: activity.channelData?.meeting?.id,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
    language: languageOf(activity, fixedLanguage),
  };
}

function conversationKind(type: string | undefined): ConversationKind {
  switch (type?.toLowerCase()) {
    case "personal":
      return "personal";
    case "channel":
      return "channel";
    default:
      return "groupChat";
  }
}
