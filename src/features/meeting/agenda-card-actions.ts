import { z } from "zod";
import { agendaAsText, agendaCard } from "./agenda-card";
import { meetingTexts, type MeetingTexts } from "./texts";
import { currentIndexAfterEdit, replaceAgenda } from "./agenda-edit";
import { parseAgendaText, withStandingItems, type AgendaTextError, type ParsedAgendaItem } from "./agenda-text";
import type { Meeting } from "../../shared/meeting/meeting";
import { badRequest, forbidden } from "../../shared/refusals";
import type { CardActionResult } from "../../shared/replies";
import { meetingCardAction, type CardActionRoute, type Turn } from "./services";
import { textsFor } from "../../shared/texts";
import type { Versioned } from "../../storage/etag-update";
import { leaderStep } from "./leader-step";

const agendaDataSchema = z.object({
  meetingId: z.string().min(1).max(1024),
  // Measured by parseAgendaText, with its own message; the body is at most 1 MB.
  agendaText: z.string().optional(),
});

const agendaVerbs = ["agenda.edit", "agenda.save", "agenda.standing"] as const;
type AgendaVerb = (typeof agendaVerbs)[number];

/** The agenda card: "Rediger dagsorden", "Legg til faste saker", "Lagre dagsorden". */
export const agendaCardActions: CardActionRoute[] = agendaVerbs.map((verb) =>
  meetingCardAction({
    verb,
    schema: agendaDataSchema,
    invalid: (language) => badRequest(textsFor(language).noMeeting),
    leadersOnly: true,
    handle: ({ turn, meeting, data, replyToId }) => agendaCardAction(turn, verb, meeting, data.agendaText ?? "", replyToId),
  }),
);

/**
 * The editor is answered to the clicker alone (invoke response). Saving replaces the agenda
 * (notes stay with unchanged items) and updates the agenda card and the meeting card for all.
 */
async function agendaCardAction(
  turn: Turn,
  verb: AgendaVerb,
  current: Versioned<Meeting>,
  typed: string,
  replyToId?: string,
): Promise<CardActionResult> {
  const language = turn.conversation.language;
  const texts = meetingTexts(language);
  if (verb === "agenda.edit") return { kind: "card", card: agendaCard(current.doc, language, agendaAsText(current.doc.agenda)) };

  const parsed = parseAgendaText(typed);
  if (verb === "agenda.standing") {
    const items = "items" in parsed ? parsed.items : [];
    const groupId = current.doc.groupId;
    const openFollowUps = groupId ? (await turn.services.followUps.list(groupId)).some((f) => f.status === "open") : false;
    return { kind: "card", card: agendaCard(current.doc, language, agendaAsText(withStandingItems(items, language, openFollowUps))) };
  }
  if ("error" in parsed) return { kind: "message", text: agendaError(texts, parsed) };

  const result = await leaderStep(turn, current, (meeting) => ({ ok: true, meeting: withAgenda(meeting, parsed.items) }));
  if (result.kind === "refused") return forbidden(result.message);
  const updated = agendaCard(result.meeting, language);
  if (replyToId) await turn.chat.update(replyToId, updated);
  return { kind: "card", card: updated };
}

function withAgenda(meeting: Meeting, items: ParsedAgendaItem[]): Meeting {
  const agenda = replaceAgenda(meeting.agenda, items);
  return { ...meeting, agenda, currentIndex: currentIndexAfterEdit(meeting.agenda, meeting.currentIndex, agenda) };
}

function agendaError(texts: MeetingTexts, parsed: { error: AgendaTextError; line?: number }): string {
  switch (parsed.error) {
    case "empty":
      return texts.agendaEmpty;
    case "tooMany":
      return texts.agendaTooMany;
    case "titleTooLong":
      return texts.agendaTitleTooLong(parsed.line ?? 0);
    case "tooLong":
      return texts.agendaTooLong;
  }
}
