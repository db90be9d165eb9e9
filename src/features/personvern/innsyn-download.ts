import { CONTENT_TYPES, type DownloadFile, type DownloadFormat, type DownloadLink } from "../referat";
import { collectInnsyn } from "./innsyn";
import type { PersonvernServices } from "./services";

/**
 * The file behind an innsyn link, collected when it is opened: JSON (every item, as stored) or a
 * readable Word summary. Undefined for a link of another kind, or a Markdown request.
 */
export async function innsynDownload(
  services: Pick<PersonvernServices, "personvern" | "meetingIndex" | "groups" | "now">,
  link: DownloadLink,
  format: DownloadFormat,
): Promise<DownloadFile | undefined> {
  if (link.kind !== "innsyn" || !link.subject || !link.groupIds || format === "md") return undefined;
  const exports = await collectInnsyn(services, link.groupIds, link.subject);
  if (format === "json") {
    const body = Buffer.from(JSON.stringify({ subject: link.subject, groups: exports }, null, 2), "utf8");
    return { body, contentType: CONTENT_TYPES.json, fileName: `${link.fileName}.json` };
  }
  const named = await Promise.all(
    exports.map(async (each) => ({ ...each, groupName: (await services.groups.read(each.groupId))?.doc.name ?? each.groupId })),
  );
  const { renderInnsynDocx } = await import("./render-innsyn-docx");
  return { body: await renderInnsynDocx(named, link.language ?? "nb"), contentType: CONTENT_TYPES.docx, fileName: `${link.fileName}.docx` };
}
