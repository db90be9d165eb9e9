import { z } from "zod";
import { meetingCardOf } from "./meeting-card-view";
import { meetingTexts } from "./texts";
import { roleIn, type Meeting } from "../../shared/meeting/meeting";
import { addNote, moveTo, next, previous, end } from "./walkthrough";
import { badRequest, forbidden } from "../../shared/refusals";
import type { CardActionResult } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import type { Versioned } from "../../storage/etag-update";
import { leaderStep, noteFrom, type StepDecision } from "./leader-step";

const cardDataSchema = z.object({
  meetingId: z.string().min(1).max(1024),
  shownIndex: z.coerce.number().int().min(0).max(1000).optional(),
  itemNumber: z.coerce.number().int().min(1).max(1000).optional(),
  // Measured by the walk-through (2000 characters), with its own message; the body is at most 1 MB.
  noteText: z.string().optional(),
});

const walkthroughVerbs = [
  "meeting.next",
  "meeting.previous",
  "meeting.goto",
  "meeting.note",
  "meeting.decision",
  "meeting.end",
  "meeting.refresh",
] as const;
type WalkthroughVerb = (typeof walkthroughVerbs)[number];
type WalkthroughData = z.infer<typeof cardDataSchema>;

/** The meeting card's buttons ("meeting.refresh" is also its `refresh` action). */
export const walkthroughCardActions: CardActionRoute[] = walkthroughVerbs.map((verb) =>
  meetingCardAction({
    verb,
    schema: cardDataSchema,
    invalid: (language) => badRequest(meetingTexts(language).refusals.noSuchItem),
    handle: ({ turn, meeting, data }) => walkthroughCardAction(turn, verb, meeting, data),
  }),
);

/**
 * Clicks on the meeting card. The clicker gets the card in their own view back; everyone
 * else sees the shared message updated. A stale card answers with the current state.
 */
async function walkthroughCardAction(
  turn: Turn,
  verb: WalkthroughVerb,
  current: Versioned<Meeting>,
  data: WalkthroughData,
): Promise<CardActionResult> {
  const language = turn.conversation.language;
  const texts = meetingTexts(language);
  const viewFor = async (meeting: Meeting): Promise<CardActionResult> => ({
    kind: "card",
    card: await meetingCardOf(turn, meeting, roleIn(meeting, turn.from.aadObjectId)),
  });
  if (verb === "meeting.refresh") return viewFor(current.doc);

  const { shownIndex, itemNumber, noteText } = data;
  const decide = (meeting: Meeting): StepDecision => {
    switch (verb) {
      case "meeting.next":
        return next(meeting, shownIndex);
      case "meeting.previous":
        return previous(meeting, shownIndex);
      case "meeting.goto":
        return moveTo(meeting, (itemNumber ?? 0) - 1, shownIndex);
      case "meeting.note":
      case "meeting.decision":
        return addNote(meeting, noteFrom(turn, verb === "meeting.note" ? "note" : "decision", noteText ?? ""), shownIndex);
      case "meeting.end":
        return { ok: true, meeting: end(meeting, turn.services.now()) };
    }
  };
  // The clicker gets their own view back (below); the shared card follows the answer.
  const result = await leaderStep(turn, current, decide, { sharedCard: "afterAnswer" });
  if (result.kind === "refused") return forbidden(result.message);
  if (result.refusal && result.refusal !== "stale") return { kind: "message", text: texts.refusals[result.refusal] };
  return viewFor(result.meeting);
}
