/** The working group (its members, municipalities and roles) as other features and the router see it. */
export { setupCardActions } from "./card-actions";
export { setupCommands } from "./commands";
export type { ApprovedReferatRef, Group, GroupMember } from "./group";
export { rememberMunicipality } from "./remember-municipality";
export { rolesOf } from "./group-link";
export { GroupStore } from "./store";
export { leaderMeetingWithGroup } from "./leader-command";
export { municipalitiesMissing } from "./setup-prompt";
export type { WorkingGroupServices } from "./services";
