import { attendanceCardActions, attendanceCommands, attendanceEvents } from "../features/attendance";
import { followUpCardActions, followUpCommands } from "../features/followups";
import { helpCardActions, helpCommand, installationEvents } from "../features/help";
import { meetingCardActions, meetingCommands, meetingEvents } from "../features/meeting";
import { noticeCommands } from "../features/notice";
import { archiveCardActions, referatCommands } from "../features/referat";
import { roundtableCardActions, roundtableCommands } from "../features/roundtable";
import { setupCardActions, setupCommands } from "../features/working-group";
import type { CardActionRoute, CommandRoute, EventRoute } from "../shared/routes";
import type { AppServices } from "./app-services";

export type { AppServices } from "./app-services";

/**
 * Every command, in the order `hjelp` lists them (and the manifest's menus follow): what the
 * bot answers when typed to. A command no feature declares is unknown.
 */
export const commandRoutes: readonly CommandRoute<AppServices>[] = [
  helpCommand(() => commandRoutes),
  setupCommands.setup,
  meetingCommands.meeting,
  meetingCommands.agenda,
  attendanceCommands.attendance,
  attendanceCommands.absent,
  roundtableCommands.roundtable,
  noticeCommands.notice,
  meetingCommands.start,
  meetingCommands.next,
  meetingCommands.previous,
  meetingCommands.item,
  meetingCommands.note,
  meetingCommands.decision,
  meetingCommands.end,
  referatCommands.referat,
  meetingCommands.intro,
  meetingCommands.papers,
  meetingCommands.archiveRef,
  followUpCommands.followUp,
];

/** Every verb a card can send, with its data schema and handler. */
export const cardActionRoutes: readonly CardActionRoute<AppServices>[] = [
  ...helpCardActions(() => commandRoutes),
  ...meetingCardActions,
  ...setupCardActions,
  ...attendanceCardActions,
  ...roundtableCardActions,
  ...followUpCardActions,
  ...archiveCardActions,
];

/** The Teams events each feature listens to. */
export const eventRoutes: readonly EventRoute<AppServices>[] = [...installationEvents, ...meetingEvents, ...attendanceEvents];

/** Every verb a card can send; tests draw their scenarios from it. */
export const cardVerbs: readonly string[] = cardActionRoutes.map((route) => route.verb);
