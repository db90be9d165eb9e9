import { helpCard } from "../cards/help-card";
import { parseCommand } from "../commands/parse-command";
import { textsFor } from "../i18n/texts";
import { agendaCommand } from "./agenda/agenda-handlers";
import { absentCommand, attendanceCommand } from "./attendance/attendance-commands";
import { endCommand, newMeetingCommand, startCommand } from "./meeting/meeting-lifecycle";
import { roundTableCommand } from "./roundtable/round-table-commands";
import { referatCommand } from "./referat/referat-command";
import { walkthroughCommand } from "./meeting/walkthrough-commands";
import { card, text, type Reply } from "./replies";
import { setupCommand } from "./setup/setup-handlers";
import type { Turn } from "./turn";

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
