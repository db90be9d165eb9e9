import type { CardActionRoute } from "../../shared/routes";
import { agendaCardActions } from "./agenda-card-actions";
import { walkthroughCardActions } from "./walkthrough-card-actions";

/** Every button of the meeting card and the agenda card. */
export const meetingCardActions: CardActionRoute[] = [...walkthroughCardActions, ...agendaCardActions];
