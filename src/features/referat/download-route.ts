import { z } from "zod";
import { httpRoute, type AnswerRoute } from "../../shared/http-routes";
import type { DownloadLink } from "./download-link-store";
import type { DownloadFile, DownloadFormat } from "./serve-download";
import type { ReferatServices } from "./services";

/** The kinds of file a download link opens (absent on older links: a referat version). */
export type DownloadKind = NonNullable<DownloadLink["kind"]>;

/** Renders the file behind one kind of link, or undefined when what it points to is gone. */
export type DownloadRenderer<S> = (services: S, link: DownloadLink, format: DownloadFormat) => Promise<DownloadFile | undefined>;

const querySchema = z.object({ format: z.enum(["docx", "md", "json"]).default("docx") });

const NOT_FOUND = { error: "Lenken er ugyldig eller utløpt. Skriv «referat» i chatten for en ny." };

/**
 * `GET /download/:token[?format=md]`: the file behind a download link, rendered by the feature its
 * kind names (the router hands over one renderer a kind). A malformed, unknown or expired token,
 * and a link whose file is gone, all get the same 404.
 */
export function downloadRoute<S extends ReferatServices>(renderers: Record<DownloadKind, DownloadRenderer<S>>): AnswerRoute<S> {
  return httpRoute<S, typeof querySchema>({
    method: "GET",
    path: "/download/:token",
    auth: "downloadToken",
    query: querySchema,
    async answer({ params, query, services }) {
      const link = await services.downloadLinks.resolve(params.token ?? "", services.now());
      const file = link ? await renderers[link.kind ?? "referat"](services, link, query.format) : undefined;
      if (!file) return { kind: "json", status: 404, body: NOT_FOUND };
      return { kind: "file", ...file };
    },
  });
}
