import { agendaCard } from "./agenda-card";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { card, text, type Reply } from "../../shared/replies";
import { textsFor } from "../../shared/texts";
import type { Turn } from "./services";

/** `agenda`: everyone sees the agenda card; its "Rediger dagsorden" opens the editor for leaders. */
export async function agendaCommand(turn: Turn): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  return [card(agendaCard(current.doc, turn.conversation.language))];
}
