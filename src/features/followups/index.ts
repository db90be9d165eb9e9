/** The group's follow-ups as the router and other features see them. */
export { followUpCommands } from "./commands";
export { followUpCardActions, followUpIdSchema } from "./card-actions";
export { addFollowUp, changeFollowUp, type FollowUpInput, type FollowUpRefusal } from "./follow-up-changes";
export { carriedInto, FOLLOW_UP_ITEM, openFollowUps, type FollowUp } from "./follow-up";
export { followUpView, followUpDetails, type FollowUpView } from "./follow-up-view";
export { followUpCardItem } from "./followups-card";
export { followUpTexts } from "./texts";
export { FollowUpStore } from "./store";
export type { FollowUpServices } from "./services";
