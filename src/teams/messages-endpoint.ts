import type { Request as BotRequest, Response as BotResponse } from "botbuilder";
import type { AppServices } from "../router/route-table";
import type { ActivityRoute, RawRequest } from "../shared/http-routes";
import type { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import { withAnswerSignal } from "./answer-sent";
import { createApplication } from "./application";
import type { IncomingActivity } from "./incoming-activity";
import { rememberParsedActivity } from "./parsed-activity";
import { scheduleSending } from "./outgoing-calls";
import type { OutgoingScheduler } from "../shared/outgoing/outgoing-scheduler";

/** The request restify hands over; the body is already parsed and validated. */
export type MessagesRequest = RawRequest;

/** `activity`: the request body as the server parsed it. */
export type MessagesEndpoint = (req: MessagesRequest, res: unknown, activity: IncomingActivity) => Promise<void>;

/** `POST /api/messages`: the Bot Framework protocol, through the teams-ai adapter. */
export function createMessagesEndpoint(adapter: TeamsAdapter, services: AppServices, outgoing: OutgoingScheduler): MessagesEndpoint {
  const app = createApplication(adapter, services, outgoing);
  adapter.onTurnError = async (_context, error) => {
    services.log.error({ err: error }, "unhandled turn error");
  };
  return (req, res, activity) =>
    withAnswerSignal((remember) =>
      adapter.process(req as BotRequest, res as BotResponse, async (context) => {
        remember(context);
        rememberParsedActivity(context, activity);
        scheduleSending(context, outgoing);
        await app.run(context);
      }),
    );
}

/** `POST /api/messages` as an HTTP route: authenticated with the Bot Connector's token. */
export function messagesRoute(endpoint: MessagesEndpoint): ActivityRoute<IncomingActivity> {
  return { method: "POST", path: "/api/messages", auth: "botFramework", receive: endpoint };
}
