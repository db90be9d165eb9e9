import { type CardActionRoute } from "./services";
import { agendaCardActions } from "./agenda-card-actions";
import { detailsCardAction } from "./details-card-action";
import { followUpMeetingCardActions } from "./follow-up-card-actions";
import { walkthroughCardActions } from "./walkthrough-card-actions";

/** Every button of the meeting card (the details included) and the agenda card. */
export const meetingCardActions: CardActionRoute[] = [
  ...walkthroughCardActions,
  detailsCardAction,
  ...followUpMeetingCardActions,
  ...agendaCardActions,
];
