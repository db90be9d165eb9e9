/** The referat (and its download links) as the router and other features see it. */
export { referatCommands } from "./commands";
export { archiveCardActions } from "./archive";
export { draftCardActions } from "./draft-card-actions";
export { CONTENT_TYPES, referatDownload, type DownloadFile, type DownloadFormat } from "./serve-download";
export { downloadRoute, type DownloadRenderer } from "./download-route";
export { ReferatStore } from "./store";
export { DownloadLinkStore, type DownloadLink } from "./download-link-store";
export { PAGE, referatStyles } from "./docx-styles";
export { referatLabels } from "./texts";
export { labelled, marginsOf, pageFooter, withLanguage } from "./docx-parts";
export { LINK_LIFETIME_HOURS } from "./issue-download-link";
export type { ReferatServices } from "./services";
