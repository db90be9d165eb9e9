import { z } from "zod";
import { leaderRole } from "../../shared/meeting/leader-role";
import type { Meeting } from "../../shared/meeting/meeting";
import { forbidden, notFound } from "../../shared/refusals";
import type { CardActionResult } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import { changeFollowUp, type FollowUpChangeRequest } from "./follow-up-changes";
import { followUpsCardFor, followUpsCards } from "./show-follow-ups";
import { followUpTexts } from "./texts";

const meetingId = z.string().min(1).max(1024);
export const followUpIdSchema = z.string().regex(/^followUp:[0-9a-f-]{8,64}$/);

const refreshSchema = z.object({ meetingId });
const statusSchema = z.object({ meetingId, followUpId: followUpIdSchema, status: z.enum(["done", "dropped", "open"]) });
// The new date comes in the input the card names (each follow-up has its own), "" for none.
const deadlineSchema = z
  .object({ meetingId, followUpId: followUpIdSchema, inputId: z.string().regex(/^deadline-[0-9a-f-]{8,64}$/) })
  .catchall(z.unknown());

/**
 * A status or deadline change from the follow-ups card by the chair or secretary: applied to a
 * follow-up of the chat's group only (forged data naming another group's finds nothing), then
 * the clicked card is answered with the fresh list and updated for everyone.
 */
async function changed(
  turn: Turn,
  meeting: Meeting,
  followUpId: string,
  request: FollowUpChangeRequest,
  replyToId: string | undefined,
): Promise<CardActionResult> {
  const texts = followUpTexts(turn.conversation.language);
  const allowed = leaderRole(turn, meeting);
  if ("refusal" in allowed) return forbidden(allowed.refusal);
  const result = await changeFollowUp(turn, meeting, followUpId, request);
  if ("refusal" in result)
    return result.refusal === "notFound" ? notFound(texts.refusals.notFound) : { kind: "message", text: texts.refusals[result.refusal] };
  const cards = await followUpsCards(turn, meeting);
  if (!cards) return notFound(texts.refusals.notFound);
  if (replyToId) await turn.chat.update(replyToId, cards.shared);
  return { kind: "card", card: cards.own };
}

export const followUpCardActions: CardActionRoute[] = [
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
    handle: ({ turn, meeting, data, replyToId }) => changed(turn, meeting.doc, data.followUpId, { status: data.status }, replyToId),
  }),
  meetingCardAction({
    verb: "followup.deadline",
    schema: deadlineSchema,
    handle: ({ turn, meeting, data, replyToId }) => {
      const typed = data[data.inputId];
      const deadline = typeof typed === "string" ? typed : "";
      return changed(turn, meeting.doc, data.followUpId, { deadline }, replyToId);
    },
  }),
];
