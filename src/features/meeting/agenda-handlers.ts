import { z } from "zod";
import { agendaAsText, agendaCard } from "./agenda-card";
import { meetingTexts, type MeetingTexts } from "./texts";
import { currentIndexAfterEdit, replaceAgenda } from "./agenda-edit";
import { parseAgendaText, withStandingItems, type AgendaTextError, type ParsedAgendaItem } from "./agenda-text";
import type { Meeting } from "../../shared/meeting/meeting";
import type { CardAction } from "../../router/dispatch-card-action";
import { ensureMeeting, meetingFromCard } from "../../shared/meeting/find-meeting";
import { card, text, type CardActionResult, type Reply } from "../../shared/replies";
import type { Turn } from "../../shared/turn";
import { leaderRole, leaderStep } from "./leader-step";

/** `agenda`: everyone sees the agenda card; its "Rediger dagsorden" opens the editor for leaders. */
export async function agendaCommand(turn: Turn): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(meetingTexts(turn.conversation.language).noMeeting)];
  return [card(agendaCard(current.doc, turn.conversation.language))];
}

const agendaDataSchema = z.object({
  meetingId: z.string().min(1).max(1024),
  // Measured by parseAgendaText, with its own message; the body is at most 1 MB.
  agendaText: z.string().optional(),
});

export const agendaVerbs = ["agenda.edit", "agenda.save", "agenda.standing"] as const;
export type AgendaVerb = (typeof agendaVerbs)[number];

/**
 * The editor is answered to the clicker alone (invoke response). Saving replaces the agenda
 * (notes stay with unchanged items) and updates the agenda card and the meeting card for all.
 */
export async function agendaCardAction(turn: Turn, verb: AgendaVerb, action: CardAction, replyToId?: string): Promise<CardActionResult> {
  const language = turn.conversation.language;
  const texts = meetingTexts(language);
  const data = agendaDataSchema.safeParse(action.data);
  if (!data.success) return { kind: "error", status: 400, code: "BadRequest", message: texts.noMeeting };
  const current = await meetingFromCard(turn, action.data);
  if (!current) {
    return { kind: "error", status: 404, code: "NotFound", message: texts.noMeeting };
  }
  const allowed = leaderRole(turn, current.doc);
  if ("refusal" in allowed) return { kind: "error", status: 403, code: "Forbidden", message: allowed.refusal };

  const typed = data.data.agendaText ?? "";
  if (verb === "agenda.edit") return { kind: "card", card: agendaCard(current.doc, language, agendaAsText(current.doc.agenda)) };

  const parsed = parseAgendaText(typed);
  if (verb === "agenda.standing") {
    const items = "items" in parsed ? parsed.items : [];
    return { kind: "card", card: agendaCard(current.doc, language, agendaAsText(withStandingItems(items, language))) };
  }
  if ("error" in parsed) return { kind: "message", text: agendaError(texts, parsed) };

  const result = await leaderStep(turn, current, (meeting) => ({ ok: true, meeting: withAgenda(meeting, parsed.items) }));
  if (result.kind === "refused") return { kind: "error", status: 403, code: "Forbidden", message: result.message };
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
