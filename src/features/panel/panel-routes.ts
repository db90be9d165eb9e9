import { z } from "zod";
import { httpRoute, type AnswerRoute, type HttpAnswer, type HttpCaller } from "../../shared/http-routes";
import type { CardActionRoute } from "../../shared/routes";
import { ChatMembership } from "./chat-membership";
import { PanelReads } from "./panel-reads";
import { panelAccess, type PanelAccess } from "./panel-access";
import { panelActionSchema, runPanelAction } from "./panel-actions";
import { panelState, stateVersion } from "./panel-state";
import type { PanelServices } from "./services";

/** Teams' chat ids (`19:…@thread.v2`, `a:…` for 1:1 chats) are far shorter. */
const chatId = z.string().min(1).max(400);

const stateQuery = z.object({ chatId, municipality: z.string().max(100).optional() });
const actionBody = z.object({ chatId, requestId: z.string().uuid(), action: panelActionSchema });

/**
 * The panel's API, for the signed-in Teams user (single sign-on): what the panel shows, and what it
 * does. `cardActions`: the route table's card verbs, which the panel's actions run.
 */
export function panelApiRoutes<S extends PanelServices>(cardActions: () => readonly CardActionRoute<S>[]): AnswerRoute<S>[] {
  const shared = { membership: new ChatMembership(), reads: new PanelReads() };
  const withAccess = async (
    services: S,
    caller: HttpCaller,
    chat: string,
    then: (access: PanelAccess) => Promise<HttpAnswer>,
    forAction = false,
  ) => {
    if (!caller.user) return { kind: "json", status: 401, body: { error: "unauthorized" } } satisfies HttpAnswer;
    const access = await panelAccess(services, shared, chat, caller.user, { forAction });
    if ("status" in access) return { kind: "json", status: access.status, body: { error: access.message } } satisfies HttpAnswer;
    return then(access);
  };
  return [
    // Polled every second by each open panel: unchanged, it is a 304 without a body.
    httpRoute<S, typeof stateQuery>({
      method: "GET",
      path: "/api/panel/state",
      auth: "teamsUserToken",
      query: stateQuery,
      answer: ({ query, caller, services }) =>
        withAccess(services, caller, query.chatId, async (access) => {
          const state = await panelState(services, access, shared.reads, query.municipality);
          return { kind: "json", status: 200, body: state, etag: stateVersion(state) };
        }),
    }),
    httpRoute<S, z.ZodObject<Record<string, never>>, typeof actionBody>({
      method: "POST",
      path: "/api/panel/action",
      auth: "teamsUserToken",
      query: z.object({}),
      body: actionBody,
      answer: ({ body, caller, services }) =>
        withAccess(
          services,
          caller,
          body.chatId,
          async (access) => {
            const answer = await runPanelAction(services, access, body.action, body.requestId, cardActions);
            if (access.meeting) shared.reads.changed(access.meeting.doc.meetingId);
            return answer;
          },
          true,
        ),
    }),
  ];
}
