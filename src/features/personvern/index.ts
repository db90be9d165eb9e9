/** The personvern tools as the router sees them. */
export { personvernCommands } from "./commands";
export { innsynDownload } from "./innsyn-download";
export { personExport, personItems, SOMEONE_ELSE, type DataSubject, type PersonExport, type PersonItem } from "./person-data";
export { PersonvernStore } from "./store";
export type { PersonvernServices } from "./services";
