/** The referat as the router and the HTTP server see it. */
export { referatCommands } from "./commands";
export { archiveCardActions } from "./archive";
export { referatDownload, type DownloadFile, type DownloadFormat } from "./serve-download";
export { ReferatStore } from "./store";
export { DownloadLinkStore } from "./download-link-store";
