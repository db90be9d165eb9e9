import type { TurnContext } from "botbuilder";
import { Application } from "@microsoft/teams-ai/lib/Application";
import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import { answersForEveryone, dispatchCardAction } from "../router/dispatch-card-action";
import { textsFor } from "../shared/texts";
import { dispatchCommand } from "../router/dispatch-command";
import { dispatchEvent } from "../router/dispatch-event";
import { InFlightActivities } from "../router/in-flight-activities";
import type { AppServices } from "../router/route-table";
import { badRequest } from "../shared/refusals";
import { card, text } from "../shared/replies";
import type { Turn } from "../shared/turn";
import { answerSentOf } from "./answer-sent";
import { cardActionFromInvoke, cardActionFromSubmit } from "./card-action-input";
import { commandText } from "./command-text";
import { conversationInfo } from "./conversation-info";
import type { IncomingActivity } from "./incoming-activity";
import { sendEmptyInvokeResponse, sendInvokeResponse } from "./invoke-response";
import { parsedActivityOf } from "./parsed-activity";
import { sendReplies } from "./send-replies";
import { meetingEventOf } from "./teams-event";
import { answerFailures } from "./turn-errors";
import { chatPort, teamsApi } from "./turn-ports";
import type { OutgoingScheduler } from "../shared/outgoing/outgoing-scheduler";

const isoTime = (value: string | Date | undefined): string | undefined => {
  const date = value === undefined ? undefined : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

/** The teams-ai Application: which kind of activity goes to which of the router's dispatchers. */
export function createApplication(adapter: TeamsAdapter, services: AppServices, outgoing: OutgoingScheduler): Application {
  const app = new Application({ adapter, removeRecipientMention: false, startTypingTimer: false });
  const { log } = services;
  const inFlight = new InFlightActivities();

  /** What the handlers see of the activity the server parsed. */
  const turnOf = (context: TurnContext): { activity: IncomingActivity; turn: Turn<AppServices> } => {
    const activity = parsedActivityOf(context);
    const turn: Turn<AppServices> = {
      conversation: conversationInfo(activity, services.fixedLanguage),
      from: { teamsUserId: activity.from.id, name: activity.from.name ?? "", aadObjectId: activity.from.aadObjectId },
      activityId: activity.id,
      timestamp: isoTime(activity.timestamp),
      answered: answerSentOf(context),
      chat: chatPort(context, log, outgoing),
      teams: teamsApi(context, log, outgoing),
      services,
    };
    return { activity, turn };
  };
  const route = (handler: (context: TurnContext) => Promise<void>) => (context: TurnContext) =>
    answerFailures(context, log, () => handler(context), services.fixedLanguage);

  app.addRoute(
    async (context) => context.activity.type === "invoke" && context.activity.name === "adaptiveCard/action",
    route(async (context) => {
      const { activity, turn } = turnOf(context);
      const action = cardActionFromInvoke(activity.value);
      const { result } = action
        ? await inFlight.once(turn, () => dispatchCardAction(action, turn, activity.replyToId))
        : { result: badRequest("Ugyldig kortdata") };
      await sendInvokeResponse(context, result);
    }),
    true,
  );

  app.addRoute(async (context) => context.activity.type === "invoke", sendEmptyInvokeResponse, true);

  app.activity(
    "message",
    route(async (context) => {
      const { activity, turn } = turnOf(context);
      const submitted = activity.text?.trim() ? undefined : cardActionFromSubmit(activity.value);
      // A retry of a message still being handled says nothing: the first delivery answers.
      await inFlight.once(turn, async () => {
        if (!submitted) {
          await sendReplies(context, await dispatchCommand(commandText(activity), turn));
          return;
        }
        // Legacy Action.Submit (card data as a message): its reply-to id is only what the client says, not
        // necessarily the card the data came from, so nothing is written over it — the handler runs without
        // it (shared cards are updated by their stored ids) — and a card answer meant for the clicker alone
        // (a form, the leaders' view, download links) cannot be shown to them here: a message says so.
        const result = await dispatchCardAction(submitted, turn);
        const reply =
          result.kind === "card"
            ? answersForEveryone(submitted.verb)
              ? card(result.card)
              : text(textsFor(turn.conversation.language).submitNeedsNewerTeams)
            : text(result.kind === "message" ? result.text : result.message);
        await sendReplies(context, [reply]);
      });
    }),
  );

  app.conversationUpdate(
    "membersAdded",
    route(async (context) => {
      const { activity, turn } = turnOf(context);
      if (!activity.membersAdded?.some((member) => member.id === activity.recipient.id)) return;
      await sendReplies(context, await dispatchEvent({ kind: "botAdded" }, turn));
    }),
  );

  app.activity(
    "installationUpdate",
    route(async (context) => {
      const { activity, turn } = turnOf(context);
      if (activity.action?.startsWith("add")) await sendReplies(context, await dispatchEvent({ kind: "botAdded" }, turn));
      if (activity.action?.startsWith("remove")) await dispatchEvent({ kind: "botRemoved" }, turn);
    }),
  );

  // Routed by name here: teams-ai 1.7.4's meeting helpers listen for other spellings.
  app.activity(
    "event",
    route(async (context) => {
      const { activity, turn } = turnOf(context);
      const event = meetingEventOf(activity);
      if (event) await sendReplies(context, await dispatchEvent(event, turn));
    }),
  );

  return app;
}
