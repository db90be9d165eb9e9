import type { Request, Response } from "restify";
import { z } from "zod";
import type { DownloadFile, DownloadFormat } from "../features/referat";
import type { Logger } from "../logging/logger";
import { isStorageOutage } from "../storage/storage-errors";

const querySchema = z.object({ format: z.enum(["docx", "md"]).default("docx") });

/**
 * `GET /download/:token[?format=md]`: the file, never cached or indexed; 404 for a wrong or
 * expired token (the same answer either way), 503 while storage is down.
 */
export async function sendDownload(
  req: Request,
  res: Response,
  download: (token: string, format: DownloadFormat) => Promise<DownloadFile | undefined>,
  log: Logger,
  options: { headOnly?: boolean } = {},
): Promise<void> {
  const token = typeof req.params?.token === "string" ? req.params.token : "";
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams));
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Robots-Tag", "noindex");
  if (!query.success) {
    res.send(400, { error: "format must be docx or md" });
    return;
  }
  try {
    const file = await download(token, query.data.format);
    if (!file) {
      res.send(404, { error: "Lenken er ugyldig eller utløpt. Skriv «referat» i chatten for en ny." });
      return;
    }
    res.writeHead(200, {
      "Content-Type": file.contentType,
      "Content-Length": file.body.length,
      "Content-Disposition":
        `attachment; filename="${file.fileName.replace(/[^\x20-\x7E]|"/g, "_")}"; ` +
        `filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
    res.end(options.headOnly ? undefined : file.body);
  } catch (error) {
    const outage = isStorageOutage(error);
    log[outage ? "warn" : "error"]({ err: error }, "download failed");
    if (res.headersSent) return;
    if (outage) res.send(503, { error: "Lagringen er utilgjengelig akkurat nå. Prøv igjen om litt." });
    else res.send(500, { error: "Noe gikk galt med nedlastingen." });
  }
}
