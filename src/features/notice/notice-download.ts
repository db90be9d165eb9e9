import type { NoticeServices } from "./services";
import { CONTENT_TYPES, type DownloadFile, type DownloadFormat, type DownloadLink } from "../referat";
import { noticeOf } from "./notice";

/**
 * The Word file behind a notice's download link, rendered from the meeting as it is now (the
 * card is updated in place, so is the file). Undefined when the meeting or its group is gone.
 */
export async function noticeDownload(
  services: Pick<NoticeServices, "meetings" | "groups">,
  link: DownloadLink,
  format: DownloadFormat,
): Promise<DownloadFile | undefined> {
  if (format !== "docx") return undefined;
  const meeting = await services.meetings.read(link.meetingId);
  const group = meeting?.doc.groupId ? await services.groups.read(meeting.doc.groupId) : undefined;
  if (!meeting || !group) return undefined;
  const language = link.language ?? "nb";
  const { renderNoticeDocx } = await import("./render-notice-docx");
  const body = await renderNoticeDocx(noticeOf(meeting.doc, group.doc.name, language, meeting.doc.joinUrl));
  return { body, contentType: CONTENT_TYPES.docx, fileName: `${link.fileName}.docx` };
}
