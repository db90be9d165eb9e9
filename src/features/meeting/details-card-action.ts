import { z } from "zod";
import { forbidden } from "../../shared/refusals";
import { roleIn } from "../../shared/meeting/meeting";
import { meetingCardAction, type CardActionRoute } from "./services";
import { detailsTexts } from "./details-texts";
import { leaderStep } from "./leader-step";
import { meetingCardOf } from "./meeting-card-view";
import { parseDetails, withDetails } from "./meeting-details";

// Lengths are measured by parseDetails, with its own messages; the body is at most 1 MB.
const detailsSchema = z.object({
  meetingId: z.string().min(1).max(1024),
  intro: z.string().optional(),
  papersUrl: z.string().optional(),
  papersText: z.string().optional(),
  archiveRef: z.string().optional(),
});

/** "Lagre" under "Innledning og sakspapirer" on the leaders' meeting card: every field as shown, an emptied one removed. */
export const detailsCardAction: CardActionRoute = meetingCardAction({
  verb: "meeting.details",
  schema: detailsSchema,
  handle: async ({ turn, meeting: current, data }) => {
    const language = turn.conversation.language;
    const parsed = parseDetails({
      intro: data.intro ?? "",
      papersUrl: data.papersUrl ?? "",
      papersText: data.papersText ?? "",
      archiveRef: data.archiveRef ?? "",
    });
    if ("refusal" in parsed) return { kind: "message", text: detailsTexts(language).refusals[parsed.refusal] };
    const result = await leaderStep(turn, current, (meeting) => ({ ok: true, meeting: withDetails(meeting, parsed.change) }));
    if (result.kind === "refused") return forbidden(result.message);
    return { kind: "card", card: await meetingCardOf(turn, result.meeting, roleIn(result.meeting, turn.from.aadObjectId)) };
  },
});
