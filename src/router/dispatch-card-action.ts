import { helpCard } from "../features/help/help-card";
import { textsFor } from "../shared/texts";
import { agendaCardAction, agendaVerbs, type AgendaVerb } from "../features/meeting/agenda-handlers";
import { attendanceCardAction, attendanceVerbs, type AttendanceVerb } from "../features/attendance/card-actions";
import { walkthroughCardAction, walkthroughVerbs, type WalkthroughVerb } from "../features/meeting/walkthrough-card-actions";
import type { CardActionResult } from "../shared/replies";
import { roundTableCardAction, roundTableVerbs, type RoundTableVerb } from "../features/roundtable/card-actions";
import { setupCardAction, setupVerbs, type SetupVerb } from "../features/working-group/setup-handlers";
import type { Turn } from "../shared/turn";

export type CardAction = { verb: string; data: Record<string, unknown> };

const isOneOf = <T extends string>(verbs: readonly T[], verb: string): verb is T => (verbs as readonly string[]).includes(verb);

/** Every verb a card can send; a test checks each one is handled. */
export const cardVerbs = ["help.show", ...walkthroughVerbs, ...agendaVerbs, ...setupVerbs, ...attendanceVerbs, ...roundTableVerbs] as const;

/** A card click, from either path (Action.Execute invoke or legacy Action.Submit message). */
export async function handleCardAction(action: CardAction, turn: Turn, replyToId?: string): Promise<CardActionResult> {
  const { verb } = action;
  if (verb === "help.show") return { kind: "card", card: helpCard(turn.conversation.language) };
  if (isOneOf<WalkthroughVerb>(walkthroughVerbs, verb)) return walkthroughCardAction(turn, verb, action);
  if (isOneOf<AgendaVerb>(agendaVerbs, verb)) return agendaCardAction(turn, verb, action, replyToId);
  if (isOneOf<SetupVerb>(setupVerbs, verb)) return setupCardAction(turn, verb, action, replyToId);
  if (isOneOf<AttendanceVerb>(attendanceVerbs, verb)) return attendanceCardAction(turn, verb, action);
  if (isOneOf<RoundTableVerb>(roundTableVerbs, verb)) return roundTableCardAction(turn, verb, action);
  return { kind: "error", status: 400, code: "UnknownAction", message: textsFor(turn.conversation.language).unknownAction };
}
