/** Help and welcome as the router sees them. */
export { helpCardActions, helpCommand } from "./commands";
export { installationEvents } from "./installation";
export type { HelpServices } from "./services";
