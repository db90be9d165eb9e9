import type { Language } from "../../shared/language";
import { literal } from "../../shared/markdown-literal";
import type { MeetingIndexEntry } from "../../shared/meeting/meeting-index";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import { formatOsloDate } from "../../shared/time/oslo-time";
import { archiveTexts } from "./archive-texts";
import archiveTemplate from "../../../cards/referat/archive.card.json";

export const ARCHIVE_PAGE = 10;

/** The version a person may download from an entry: the approved one for anyone, the newest for the leaders. */
export function downloadableVersion(entry: MeetingIndexEntry, leader: boolean): number | undefined {
  return leader ? (entry.latestVersion ?? entry.approvedVersion) : entry.approvedVersion;
}

/** The meetings on the page at `offset`: the ones whose "Last ned" needs a link. */
export const archivePage = (entries: MeetingIndexEntry[], offset: number): MeetingIndexEntry[] =>
  entries.slice(offset, offset + ARCHIVE_PAGE);

/** `referat arkiv`: the group's meetings, newest first, ten at a time, each with "Last ned" where the viewer may. */
export function archiveCard(
  view: {
    meetingId: string;
    groupName: string;
    entries: MeetingIndexEntry[];
    offset: number;
    leader: boolean;
    /** Fresh download links by meeting, minted for this viewer's rights: "Last ned" opens the file in one click. */
    links: Map<string, string>;
  },
  language: Language,
): AdaptiveCard {
  const texts = archiveTexts(language);
  const page = archivePage(view.entries, view.offset);
  return renderCard(archiveTemplate, {
    meetingId: view.meetingId,
    title: literal(texts.title(view.groupName)),
    summary: texts.summary(view.offset + 1, view.offset + page.length, view.entries.length),
    downloadText: texts.download,
    linkNote: view.links.size > 0 ? texts.linkNote : "",
    olderText: texts.older,
    hasOlder: view.offset + ARCHIVE_PAGE < view.entries.length,
    nextOffset: view.offset + ARCHIVE_PAGE,
    entries: page.map((entry) => {
      const version = downloadableVersion(entry, view.leader);
      const shown = entry.latestVersion
        ? texts.version(entry.latestVersion, entry.approvedVersion === entry.latestVersion)
        : texts.noReferat;
      const link = view.links.get(entry.meetingId) ?? "";
      return {
        meetingId: entry.meetingId,
        heading: literal(`${formatOsloDate(new Date(entry.start), language)} – ${entry.title}`),
        details: `${texts.status[entry.status]} · ${shown}`,
        canDownload: version !== undefined,
        version: version ?? 0,
        link,
      };
    }),
  });
}
