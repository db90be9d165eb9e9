/** The notice (innkalling) as the router and the server see it. */
export { noticeCommands } from "./commands";
export { noticeDownload } from "./notice-download";
export type { NoticeServices } from "./services";
