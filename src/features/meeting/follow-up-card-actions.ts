import { z } from "zod";
import { leaderRole } from "../../shared/meeting/leader-role";
import { roleIn } from "../../shared/meeting/meeting";
import { forbidden, notFound } from "../../shared/refusals";
import { meetingCardAction, type CardActionRoute } from "./services";
import { addFollowUp, changeFollowUp, followUpIdSchema, followUpTexts } from "../followups";
import { meetingCardOf, refreshMeetingCard } from "./meeting-card-view";

const meetingId = z.string().min(1).max(1024);
// Lengths and the date are checked by addFollowUp, with its own messages; the body is at most 1 MB.
const addSchema = z.object({
  meetingId,
  followUpText: z.string().optional(),
  followUpResponsible: z.string().optional(),
  followUpDeadline: z.string().optional(),
});
const statusSchema = z.object({ meetingId, followUpId: followUpIdSchema, status: z.enum(["done", "dropped"]) });

/**
 * The follow-up buttons of the leaders' meeting card: "Legg til oppfølgingspunkt" (on the current
 * item) and, at "Oppfølging fra forrige møte", "Ferdig" and "Utgår" on each carried follow-up.
 */
export const followUpMeetingCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "meeting.followUp",
    schema: addSchema,
    handle: async ({ turn, meeting, data }) => {
      const texts = followUpTexts(turn.conversation.language);
      const allowed = leaderRole(turn, meeting.doc);
      if ("refusal" in allowed) return forbidden(allowed.refusal);
      const added = await addFollowUp(turn, meeting.doc, {
        text: data.followUpText ?? "",
        responsible: data.followUpResponsible ?? "",
        deadline: data.followUpDeadline ?? "",
      });
      if ("refusal" in added) return { kind: "message", text: texts.refusals[added.refusal] };
      return { kind: "message", text: texts.added(added.followUp.origin.itemNumber, added.followUp.text) };
    },
  }),
  meetingCardAction({
    verb: "meeting.followUpStatus",
    schema: statusSchema,
    handle: async ({ turn, meeting, data }) => {
      const texts = followUpTexts(turn.conversation.language);
      const allowed = leaderRole(turn, meeting.doc);
      if ("refusal" in allowed) return forbidden(allowed.refusal);
      const result = await changeFollowUp(turn, meeting.doc, data.followUpId, { status: data.status });
      if ("refusal" in result) return notFound(texts.refusals[result.refusal]);
      await refreshMeetingCard(turn, meeting.doc.meetingId, meeting.doc);
      return { kind: "card", card: await meetingCardOf(turn, meeting.doc, roleIn(meeting.doc, turn.from.aadObjectId)) };
    },
  }),
];
