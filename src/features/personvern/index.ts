/** The personvern tools as the router sees them. */
export { personvernCommands } from "./commands";
export { eraseCardActions } from "./erase-command";
export { innsynDownload } from "./innsyn-download";
export { personExport, personItems, SOMEONE_ELSE, type DataSubject, type PersonExport, type PersonItem } from "./person-data";
export { FORMER_MEMBER } from "./rewrite-person";
export { privacyPageRoutes } from "./privacy-page";
export { PersonvernStore } from "./store";
export { RetentionClaims } from "./retention-claims";
export { RetentionSweep } from "./retention-sweep";
export type { PersonvernServices } from "./services";
