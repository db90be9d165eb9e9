/** Help and welcome as the router sees them. */
export { helpCardActions, helpCommand } from "./commands";
export { installationEvents } from "./installation";
export { appPage, appPageRoutes } from "./app-pages";
export type { HelpServices } from "./services";
