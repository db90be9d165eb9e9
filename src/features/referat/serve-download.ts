import type { Referat } from "./referat";
import { renderMarkdown } from "./render-markdown";
import type { DocxStatus } from "./render-docx";
import { formatOsloDate } from "../../shared/time/oslo-time";
import type { ReferatServices } from "./services";
import type { DownloadLink } from "./download-link-store";

export type DownloadFormat = "docx" | "md" | "json";

export interface DownloadFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * The file behind a download link: rendered from the stored version, so a link always gives
 * exactly that version. Undefined when the version is gone.
 */
export async function referatDownload(
  services: Pick<ReferatServices, "referats">,
  link: DownloadLink,
  format: DownloadFormat,
): Promise<DownloadFile | undefined> {
  if (format === "json") return undefined;
  const version = await services.referats.version(link.meetingId, link.version);
  if (!version) return undefined;
  const { referat, approved } = version.doc;
  const status: DocxStatus = approved
    ? { approved: true, on: formatOsloDate(new Date(approved.at), referat.language) }
    : { approved: false };
  const body = format === "docx" ? await docxOf(referat, status) : Buffer.from(renderMarkdown(referat), "utf8");
  return { body, contentType: CONTENT_TYPES[format], fileName: `${link.fileName}.${format}` };
}

/** The Word library is loaded at the first download, not at every start. */
async function docxOf(referat: Referat, status: DocxStatus): Promise<Buffer> {
  const { renderDocx } = await import("./render-docx");
  return renderDocx(referat, status);
}
