import { z } from "zod";
import { roleIn, type Meeting } from "../../shared/meeting/meeting";
import type { CardActionResult } from "../../shared/replies";
import { addFollowUp, followUpTexts } from "../followups";
import { meetingCardOf, refreshMeetingCard } from "./meeting-card-view";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";

const meetingId = z.string().min(1).max(1024);
// Lengths and the date are checked by addFollowUp, with its own messages; the body is at most 1 MB.
const addSchema = z.object({
  meetingId,
  followUpText: z.string().optional(),
  followUpResponsible: z.string().optional(),
  followUpDeadline: z.string().optional(),
});

/**
 * "Legg til oppfølgingspunkt" on the leaders' meeting card (on the current item). Its "Ferdig" and
 * "Utgår" at "Oppfølging fra forrige møte" are the follow-ups' own status route (`followup.status`
 * with `on: "meeting"`), answered with `meetingCardAfterFollowUpChange`.
 */
export const followUpMeetingCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "meeting.followUp",
    schema: addSchema,
    leadersOnly: true,
    handle: async ({ turn, meeting, data }) => {
      const texts = followUpTexts(turn.conversation.language);
      const added = await addFollowUp(turn, meeting.doc, {
        text: data.followUpText ?? "",
        responsible: data.followUpResponsible ?? "",
        deadline: data.followUpDeadline ?? "",
      });
      if ("refusal" in added) return { kind: "message", text: texts.refusals[added.refusal] };
      return { kind: "message", text: texts.added(added.followUp.origin.itemNumber, added.followUp.text) };
    },
  }),
];

/** After a follow-up's status changed from the meeting card: the card for everyone, and the clicker's own view. */
export async function meetingCardAfterFollowUpChange(turn: Turn, meeting: Meeting): Promise<CardActionResult> {
  await refreshMeetingCard(turn, meeting.meetingId, meeting);
  return { kind: "card", card: await meetingCardOf(turn, meeting, roleIn(meeting, turn.from.aadObjectId)) };
}
