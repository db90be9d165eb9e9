import { meetingSpan, papersLinkText, type Meeting } from "../../shared/meeting/meeting";
import type { Language } from "../../shared/language";
import { formatOsloDate, formatOsloWeekdaySpan, formatOsloWeekdayTime } from "../../shared/time/oslo-time";

/** What the notice (innkalling) says: the same for the card and the Word file. */
export interface Notice {
  language: Language;
  group: string;
  meetingTitle: string;
  /** "torsdag 11. september 2025, kl. 10:00-12:30"; absent while the meeting has no time. */
  time?: string;
  /** "11. september 2025": the meeting's date, in the footer. */
  date?: string;
  /** Who sends it and whom to tell about forfall: the meeting's secretary. */
  secretary?: string;
  /** "Vår ref" (`arkivref`). */
  archiveRef?: string;
  /** A link that joins the Teams meeting, when Teams' meeting API gives one. */
  joinUrl?: string;
  /** Titles of the Saker, in order (numbered when shown). */
  items: string[];
  roundTable?: { topic: string; deadline?: string };
  papers?: { url: string; text: string };
}

/** The notice of a meeting of `group`, from the meeting as it is now. */
export function noticeOf(meeting: Meeting, group: string, language: Language, joinUrl?: string): Notice {
  const { start, end } = meetingSpan(meeting);
  const topic = meeting.roundTable?.topic ?? meeting.agenda.find((item) => item.roundTableTopic !== undefined)?.roundTableTopic;
  const deadline = meeting.roundTable?.deadline;
  const papers = meeting.details?.papers;
  return {
    language,
    group,
    meetingTitle: meeting.title,
    ...(start
      ? {
          time: formatOsloWeekdaySpan(new Date(start), end ? new Date(end) : undefined, language),
          date: formatOsloDate(new Date(start), language),
        }
      : {}),
    ...(meeting.roles.secretary ? { secretary: meeting.roles.secretary.name } : {}),
    ...(meeting.details?.archiveRef ? { archiveRef: meeting.details.archiveRef } : {}),
    ...(joinUrl ? { joinUrl } : {}),
    items: meeting.agenda.map((item) => item.title),
    ...(topic !== undefined
      ? { roundTable: { topic, ...(deadline ? { deadline: formatOsloWeekdayTime(new Date(deadline), language) } : {}) } }
      : {}),
    ...(papers ? { papers: { url: papers.url, text: papersLinkText(papers) } } : {}),
  };
}
