import { type TurnContext } from "botbuilder";
import { Application, type TeamsAdapter } from "@microsoft/teams-ai";
import { commandText } from "../activities/command-text";
import { conversationInfo } from "../activities/conversation-info";
import { parseIncomingActivity, type IncomingActivity } from "../activities/incoming-activity";
import type { BotServices } from "../bot/bot-services";
import { handleCardAction } from "../bot/handle-card-action";
import { handleBotAdded, handleBotRemoved } from "../bot/handle-installation";
import { handleMessage } from "../bot/handle-message";
import { card, text } from "../bot/replies";
import { cardActionFromInvoke, cardActionFromSubmit } from "../activities/card-action-input";
import { sendEmptyInvokeResponse, sendInvokeResponse } from "./invoke-response";
import { sendReplies, toActivity } from "./send-replies";
import { answerFailures } from "./turn-errors";

/** The teams-ai Application: which activity goes to which handler. */
export function createApplication(adapter: TeamsAdapter, services: BotServices): Application {
  const app = new Application({ adapter, removeRecipientMention: false, startTypingTimer: false });
  const { log } = services;
  const parsed = (context: TurnContext): IncomingActivity => {
    const result = parseIncomingActivity(context.activity);
    if (!result.success) throw new Error(`Activity failed validation: ${result.error.issues[0]?.message}`);
    return result.data;
  };

  app.addRoute(
    async (context) => context.activity.type === "invoke" && context.activity.name === "adaptiveCard/action",
    async (context) =>
      answerFailures(context, log, async () => {
        const activity = parsed(context);
        const conversation = conversationInfo(activity);
        const action = cardActionFromInvoke(activity.value);
        const result = action
          ? await handleCardAction(action, conversation, services)
          : ({ kind: "error", status: 400, code: "BadRequest", message: "Ugyldig kortdata" } as const);
        await sendInvokeResponse(context, result);
      }),
    true,
  );

  app.addRoute(async (context) => context.activity.type === "invoke", sendEmptyInvokeResponse, true);

  app.activity("message", async (context) =>
    answerFailures(context, log, async () => {
      const activity = parsed(context);
      const conversation = conversationInfo(activity);
      const submitted = activity.text?.trim() ? undefined : cardActionFromSubmit(activity.value);
      if (submitted) {
        const result = await handleCardAction(submitted, conversation, services);
        // Action.Submit cannot answer with a card: update the clicked card in place instead.
        if (result.kind === "card" && activity.replyToId) {
          await context.updateActivity({ ...toActivity(card(result.card)), id: activity.replyToId });
        } else {
          const reply = result.kind === "card" ? card(result.card) : text(result.kind === "message" ? result.text : result.message);
          await sendReplies(context, [reply]);
        }
        return;
      }
      await sendReplies(context, await handleMessage(commandText(activity), conversation, services));
    }),
  );

  app.conversationUpdate("membersAdded", async (context) =>
    answerFailures(context, log, async () => {
      const activity = parsed(context);
      if (!activity.membersAdded?.some((member) => member.id === activity.recipient.id)) return;
      await sendReplies(context, await handleBotAdded(conversationInfo(activity), services));
    }),
  );

  app.activity("installationUpdate", async (context) =>
    answerFailures(context, log, async () => {
      const activity = parsed(context);
      const conversation = conversationInfo(activity);
      if (activity.action?.startsWith("add")) await sendReplies(context, await handleBotAdded(conversation, services));
      if (activity.action?.startsWith("remove")) await handleBotRemoved(conversation, services);
    }),
  );

  return app;
}
