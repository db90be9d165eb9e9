/** Help and welcome as the router sees them. */
export { helpCardActions, helpCommand } from "./commands";
export { installationEvents } from "./installation";
export { appPageRoutes } from "./app-pages";
export type { HelpServices } from "./services";
