import type { BotServices } from "../../shared/bot-services";
import { CONTENT_TYPES, type DownloadFile, type DownloadFormat } from "../referat";
import { noticeOf } from "./notice";

/**
 * The Word file behind a notice's download link, rendered from the meeting as it is now (the
 * card is updated in place, so is the file). Undefined for any other link (the route says 404).
 */
export async function noticeDownload(
  services: Pick<BotServices, "downloadLinks" | "meetings" | "groups" | "now">,
  token: string,
  format: DownloadFormat,
): Promise<DownloadFile | undefined> {
  if (format !== "docx") return undefined;
  const link = await services.downloadLinks.resolve(token, services.now());
  if (link?.kind !== "notice") return undefined;
  const meeting = await services.meetings.read(link.meetingId);
  const group = meeting?.doc.groupId ? await services.groups.read(meeting.doc.groupId) : undefined;
  if (!meeting || !group) return undefined;
  const language = link.language ?? "nb";
  const { renderNoticeDocx } = await import("./render-notice-docx");
  const body = await renderNoticeDocx(noticeOf(meeting.doc, group.doc.name, language, meeting.doc.joinUrl));
  return { body, contentType: CONTENT_TYPES.docx, fileName: `${link.fileName}.docx` };
}
