/** The notice (innkalling) as the router sees it. */
export { noticeCommands } from "./commands";
export { noticeCardActions } from "./card-actions";
export { noticeDownload } from "./notice-download";
export type { NoticeServices } from "./services";
