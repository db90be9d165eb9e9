import { z } from "zod";
import type { Meeting } from "../../shared/meeting/meeting";
import { notFound } from "../../shared/refusals";
import type { CardActionResult } from "../../shared/replies";
import { routesFor, type CardActionRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import { changeFollowUp, type FollowUpChangeRequest } from "./follow-up-changes";
import type { FollowUpServices } from "./services";
import { followUpsCardFor, followUpsCards } from "./show-follow-ups";
import { followUpTexts } from "./texts";

const meetingId = z.string().min(1).max(1024);
export const followUpIdSchema = z.string().regex(/^followUp:[0-9a-f-]{8,64}$/);

const refreshSchema = z.object({ meetingId });
/** `on`: the card the button is on — the follow-ups card, or the leaders' meeting card (at "Oppfølging fra forrige møte"). */
const statusSchema = z.object({
  meetingId,
  followUpId: followUpIdSchema,
  status: z.enum(["done", "dropped", "open"]),
  on: z.enum(["followups", "meeting"]).default("followups"),
});
// The new date comes in the input the card names (each follow-up has its own), "" for none.
const deadlineSchema = z
  .object({ meetingId, followUpId: followUpIdSchema, inputId: z.string().regex(/^deadline-[0-9a-f-]{8,64}$/) })
  .catchall(z.unknown());

/** How a card of another feature answers after a follow-up on it changed: the clicker's fresh view of it. */
export type FollowUpCardAnswer<S extends FollowUpServices> = (turn: AnyTurn<S>, meeting: Meeting) => Promise<CardActionResult>;

/**
 * The follow-ups card's buttons, and "Ferdig"/"Utgår" wherever else a follow-up is shown: one
 * status route for both cards (`on` names the card), for the chair and the secretary only. A change
 * applies to a follow-up of the chat's group only (forged data naming another group's finds
 * nothing); the follow-ups card is answered with the fresh list and updated for everyone, another
 * card by the feature that draws it (`answers`, handed over by the router).
 */
export function followUpCardActions<S extends FollowUpServices>(answers: { meeting: FollowUpCardAnswer<S> }): CardActionRoute<S>[] {
  const { meetingCardAction } = routesFor<S>();

  async function changed(
    turn: AnyTurn<S>,
    meeting: Meeting,
    followUpId: string,
    request: FollowUpChangeRequest,
    answer: () => Promise<CardActionResult>,
  ): Promise<CardActionResult> {
    const texts = followUpTexts(turn.conversation.language);
    const result = await changeFollowUp(turn, meeting, followUpId, request);
    if ("refusal" in result)
      return result.refusal === "notFound" ? notFound(texts.refusals.notFound) : { kind: "message", text: texts.refusals[result.refusal] };
    return answer();
  }

  async function followUpsCardAnswer(turn: AnyTurn<S>, meeting: Meeting, replyToId: string | undefined): Promise<CardActionResult> {
    const cards = await followUpsCards(turn, meeting);
    if (!cards) return notFound(followUpTexts(turn.conversation.language).refusals.notFound);
    if (replyToId) await turn.chat.update(replyToId, cards.shared);
    return { kind: "card", card: cards.own };
  }

  return [
    meetingCardAction({
      verb: "followup.refresh",
      schema: refreshSchema,
      handle: async ({ turn, meeting }) => {
        const own = await followUpsCardFor(turn, meeting.doc, true);
        return own ? { kind: "card", card: own } : notFound(followUpTexts(turn.conversation.language).refusals.notFound);
      },
    }),
    meetingCardAction({
      verb: "followup.status",
      schema: statusSchema,
      leadersOnly: true,
      handle: ({ turn, meeting, data, replyToId }) =>
        changed(turn, meeting.doc, data.followUpId, { status: data.status }, async () =>
          data.on === "meeting" ? answers.meeting(turn, meeting.doc) : followUpsCardAnswer(turn, meeting.doc, replyToId),
        ),
    }),
    meetingCardAction({
      verb: "followup.deadline",
      schema: deadlineSchema,
      leadersOnly: true,
      handle: ({ turn, meeting, data, replyToId }) => {
        const typed = data[data.inputId];
        const deadline = typeof typed === "string" ? typed : "";
        return changed(turn, meeting.doc, data.followUpId, { deadline }, () => followUpsCardAnswer(turn, meeting.doc, replyToId));
      },
    }),
  ];
}
