import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import { formatOsloDate } from "../../shared/time/oslo-time";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import { previousApprovedReferat } from "./approved-referats";
import { startOf } from "./compose-referat";
import { issueDownload, LINK_LIFETIME_HOURS } from "./issue-download-link";
import { referatCounts } from "./referat";
import { referatCard, type ReferatCardView } from "./referat-card";
import type { ReferatVersion } from "./referat-version";
import { renderMarkdown } from "./render-markdown";
import { fitsOneMessage } from "../../shared/teams-limits";
import type { Turn } from "./services";

/** One version's card without its links: what is counted, and its status (`tooLong` is for the one that is posted). */
export function referatView(group: Group, version: ReferatVersion, created: boolean): Omit<ReferatCardView, "docxUrl" | "markdownUrl"> {
  const referat = version.referat;
  return {
    groupName: group.name,
    version: version.version,
    created,
    approved: Boolean(version.approved),
    ...(referat.time ? { time: referat.time } : {}),
    counts: referatCounts(referat),
    municipalities: referat.items.some((item) => item.roundTable) ? group.municipalities.length : 0,
    tooLong: false,
    linkHours: LINK_LIFETIME_HOURS,
  };
}

/**
 * A version's card with fresh 24-hour links to its Word and Markdown files (and, for a draft, to
 * the previous meeting's approved referat, offered for approval); for an approved version its
 * Markdown when it fits a chat message. The Markdown is rendered once, and only for that.
 */
export async function referatWithLinks(
  turn: Turn,
  meeting: Meeting,
  group: Group,
  version: ReferatVersion,
  created: boolean,
): Promise<{ card: AdaptiveCard; markdown?: string }> {
  const language = turn.conversation.language;
  const view = referatView(group, version, created);
  // Over Teams' recommended message size the referat goes as its card with the files (README: why not in parts).
  // A draft is never posted as text, so "too long for the chat" would say nothing to its leaders.
  const markdown = version.approved ? renderMarkdown(version.referat) : undefined;
  const tooLong = markdown !== undefined && !fitsOneMessage(markdown);
  const previous = version.approved ? undefined : previousApprovedReferat(group.approvedReferats, meeting.meetingId, startOf(meeting));
  const [docxUrl, previousUrl] = await Promise.all([
    issueDownload(turn, meeting.meetingId, version.version, startOf(meeting)),
    previous ? issueDownload(turn, previous.meetingId, previous.version, previous.meetingStart) : undefined,
  ]);
  const card = referatCard(
    {
      ...view,
      tooLong,
      docxUrl,
      markdownUrl: `${docxUrl}?format=md`,
      ...(previous && previousUrl
        ? { previous: { date: formatOsloDate(new Date(previous.meetingStart), language), version: previous.version, url: previousUrl } }
        : {}),
    },
    language,
  );
  return { card, ...(markdown !== undefined && !tooLong ? { markdown } : {}) };
}
