import { z } from "zod";
import { notFound } from "../../shared/refusals";
import { referatWithLinks } from "./referat-summary";
import { referatTexts } from "./texts";
import { meetingCardAction, type CardActionRoute } from "./services";

/** The leaders' view of a draft card: that version with fresh links (a participant is refused). */
export const draftCardActions: CardActionRoute[] = [
  meetingCardAction({
    verb: "referat.draft",
    schema: z.object({
      meetingId: z.string().min(1).max(1024),
      version: z.coerce.number().int().min(1).max(100_000),
      // The templated button sends it as text.
      unchanged: z.preprocess((value) => value === true || value === "true", z.boolean()).optional(),
    }),
    leadersOnly: true,
    handle: async ({ turn, meeting, data }) => {
      const texts = referatTexts(turn.conversation.language);
      const [stored, group] = await Promise.all([
        turn.services.referats.version(meeting.doc.meetingId, data.version),
        meeting.doc.groupId ? turn.services.groups.read(meeting.doc.groupId) : undefined,
      ]);
      if (!stored || !group) return notFound(texts.noDraft);
      const { card } = await referatWithLinks(turn, meeting.doc, group.doc, stored.doc, !data.unchanged);
      return { kind: "card", card };
    },
  }),
];
