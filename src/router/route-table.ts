import { attendanceCardActions, attendanceCommands, attendanceEvents } from "../features/attendance";
import { followUpCardActions, followUpCommands } from "../features/followups";
import { appPageRoutes, helpCardActions, helpCommand, installationEvents } from "../features/help";
import { meetingCardActions, meetingCardAfterFollowUpChange, meetingCommands, meetingEvents } from "../features/meeting";
import { noticeCardActions, noticeCommands, noticeDownload } from "../features/notice";
import { archiveCardActions, downloadRoute, draftCardActions, referatCommands, referatDownload } from "../features/referat";
import { eraseCardActions, innsynDownload, personvernCommands, privacyPageRoutes } from "../features/personvern";
import { panelApiRoutes, panelDevRoutes as devRoutes, panelPageRoutes } from "../features/panel";
import { roundtableCardActions, roundtableCommands } from "../features/roundtable";
import { setupCardActions, setupCommands } from "../features/working-group";
import type { AnswerRoute } from "../shared/http-routes";
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
  personvernCommands.personvern,
];

/** Every verb a card can send, with its data schema and handler. */
export const cardActionRoutes: readonly CardActionRoute<AppServices>[] = [
  ...helpCardActions(() => commandRoutes),
  ...meetingCardActions,
  ...setupCardActions,
  ...attendanceCardActions,
  ...roundtableCardActions,
  ...followUpCardActions<AppServices>({ meeting: meetingCardAfterFollowUpChange }),
  ...archiveCardActions,
  ...draftCardActions,
  ...noticeCardActions,
  ...eraseCardActions,
];

/** The Teams events each feature listens to. */
export const eventRoutes: readonly EventRoute<AppServices>[] = [...installationEvents, ...meetingEvents, ...attendanceEvents];

/**
 * The HTTP routes of the features: method, path, the schema of the query, and how the caller is
 * authenticated. The server mounts them as they are (it names no feature); the Teams edge adds
 * `POST /api/messages`. A download link opens what its kind names: a referat version or a notice.
 */
export const httpRoutes: readonly AnswerRoute<AppServices>[] = [
  ...appPageRoutes,
  ...privacyPageRoutes,
  downloadRoute<AppServices>({ referat: referatDownload, notice: noticeDownload, innsyn: innsynDownload }),
  // The meeting side panel: another way in to the card actions above, for the signed-in Teams user.
  ...panelPageRoutes,
  ...panelApiRoutes<AppServices>(() => cardActionRoutes),
];

/** The meeting side panel's identity picker: mounted by the start-up only for `npm run dev` (authentication off). */
export const panelDevRoutes: readonly AnswerRoute<AppServices>[] = devRoutes<AppServices>();

/** Every verb a card can send; tests draw their scenarios from it. */
export const cardVerbs: readonly string[] = cardActionRoutes.map((route) => route.verb);
