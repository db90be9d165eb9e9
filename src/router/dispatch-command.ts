import { helpCard } from "../features/help/help-card";
import { parseCommand } from "./parse-command";
import { textsFor } from "../shared/texts";
import { agendaCommand } from "../features/meeting/agenda-handlers";
import { absentCommand, attendanceCommand } from "../features/attendance/commands";
import { endCommand, newMeetingCommand, startCommand } from "../features/meeting/lifecycle";
import { roundTableCommand } from "../features/roundtable/commands";
import { referatCommand } from "../features/referat/commands";
import { walkthroughCommand } from "../features/meeting/walkthrough-commands";
import { card, text, type Reply } from "../shared/replies";
import { setupCommand } from "../features/working-group/setup-handlers";
import type { Turn } from "../shared/turn";

/** A typed command (mention already stripped): which handler answers it. */
export async function handleMessage(commandText: string, turn: Turn): Promise<Reply[]> {
  const texts = textsFor(turn.conversation.language);
  const command = parseCommand(commandText);
  if (command.kind === "empty") return [text(texts.emptyCommand)];
  if (command.kind === "unknown") return [text(texts.unknownCommand(command.word))];
  switch (command.id) {
    case "help":
      return [card(helpCard(turn.conversation.language))];
    case "setup":
      return setupCommand(turn);
    case "meeting":
      return newMeetingCommand(turn, command.args);
    case "agenda":
      return agendaCommand(turn);
    case "attendance":
      return attendanceCommand(turn, command.args);
    case "absent":
      return absentCommand(turn, command.args);
    case "roundtable":
      return roundTableCommand(turn, command.args);
    case "start":
      return startCommand(turn);
    case "end":
      return endCommand(turn);
    case "referat":
      return referatCommand(turn, command.args);
    case "next":
    case "previous":
    case "item":
    case "note":
    case "decision":
      return walkthroughCommand(turn, command.id, command.args);
  }
}
