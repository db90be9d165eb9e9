import { z } from "zod";
import { editItemNotes } from "../meeting";
import type { HttpAnswer } from "../../shared/http-routes";
import type { CardActionRoute } from "../../shared/routes";
import type { CardActionResult } from "../../shared/replies";
import { panelTurn, type PanelAccess } from "./panel-access";
import type { PanelServices, Turn } from "./services";
import { panelTexts } from "./texts";

const text = (max: number) => z.string().max(max);

/**
 * What the panel can do: the card verbs with the data their cards send (the same handlers parse it
 * again), and the secretary's edit of an item's notes, which only the panel offers.
 */
export const panelActionSchema = z.discriminatedUnion("verb", [
  z.object({ verb: z.enum(["meeting.next", "meeting.previous"]), shownIndex: z.number().int().min(0).max(1000) }),
  z.object({
    verb: z.literal("meeting.goto"),
    itemNumber: z.number().int().min(1).max(1000),
    shownIndex: z.number().int().min(0).max(1000),
  }),
  z.object({ verb: z.enum(["meeting.note", "meeting.decision"]), noteText: text(4000), shownIndex: z.number().int().min(0).max(1000) }),
  z.object({
    verb: z.literal("meeting.followUp"),
    followUpText: text(4000),
    followUpResponsible: text(400).optional(),
    followUpDeadline: text(20).optional(),
    shownIndex: z.number().int().min(0).max(1000),
  }),
  z.object({
    verb: z.literal("roundtable.submit"),
    municipality: text(100),
    baseRevision: text(20).optional(),
    entryText: text(20_000),
    presenters: text(400).optional(),
    replaceConfirmed: z.enum(["true"]).optional(),
  }),
  z.object({ verb: z.literal("roundtable.confirm"), municipality: text(100) }),
  z.object({ verb: z.literal("notes.edit"), itemKey: text(100), baseVersion: text(40), text: text(40_000) }),
]);

export type PanelAction = z.infer<typeof panelActionSchema>;

/** What the panel does that no card does (so no card route has it). */
export const PANEL_ONLY_VERBS: readonly string[] = ["notes.edit"];

/**
 * Runs one action as the user's click in the meeting chat would: the same route (roles, rules,
 * ETags), with ports to the chat so the shared cards there follow. `requestId` is the action's
 * activity id: the page retries with the same one, and a retry changes nothing.
 */
export async function runPanelAction<S extends PanelServices>(
  services: S,
  access: PanelAccess,
  action: PanelAction,
  requestId: string,
  cardActions: () => readonly CardActionRoute<S>[],
): Promise<HttpAnswer> {
  const meeting = access.meeting;
  const texts = panelTexts(services.fixedLanguage ?? access.record.language);
  if (!meeting) return json(404, { error: texts.noMeeting });
  const activityId = `panel:${requestId}`;
  const answer = await services.proactive.inConversation(
    access.record.conversationId,
    async (ports) => {
      const turn = panelTurn(services, access, ports, activityId);
      if (action.verb === "notes.edit") {
        const outcome = await editItemNotes(turn, meeting, action);
        if (outcome.kind === "refused") return json(outcome.status, { error: outcome.message });
        return json(outcome.kind === "saved" ? 200 : 409, outcome);
      }
      const { verb, ...data } = action;
      const route = cardActions().find((each) => each.verb === verb);
      if (!route) return json(400, { error: verb });
      const cardData: Record<string, unknown> = { ...data, meetingId: meeting.doc.meetingId };
      if (action.verb === "roundtable.submit") cardData.formMunicipality = action.municipality;
      const result = await route.run(turn, cardData);
      if (verb === "roundtable.submit") return submitted(turn, meeting.doc.meetingId, action.municipality, result, texts);
      return answerOf(result);
    },
    access.record,
  );
  return answer ?? json(404, { error: texts.notInChat });
}

/** A card's answer, for the page: refusals keep their status; a message is shown; a card means done. */
function answerOf(result: CardActionResult): HttpAnswer {
  if (result.kind === "error") return json(result.status, { error: result.message });
  if (result.kind === "message") return json(200, { message: result.text });
  return json(200, {});
}

/**
 * "Send inn" answers with a card either way (the shared card when saved; the form with a notice when
 * not): whether this request's text is the one stored is what the entry's last activity says.
 */
async function submitted(
  turn: Turn,
  meetingId: string,
  municipality: string,
  result: CardActionResult,
  texts: ReturnType<typeof panelTexts>,
): Promise<HttpAnswer> {
  if (result.kind !== "card") return answerOf(result);
  const stored = await turn.services.roundTable.read(meetingId, municipality);
  const saved = stored?.doc.lastActivityId === turn.activityId;
  return json(saved ? 200 : 409, saved ? { message: texts.saved, saved } : { error: texts.notSaved, saved });
}

const json = (status: number, body: unknown): HttpAnswer => ({ kind: "json", status, body });
