import { parseNorwegianDate, type LocalDate } from "../../shared/time/norwegian-date";
import { osloWallClock, osloWallClockToUtc } from "../../shared/time/oslo-time";
import { latestAhead } from "../../shared/time/dates-ahead";

/** A deadline given without a time of day is at noon. */
export const DEFAULT_DEADLINE_HOUR = 12;

export type DeadlineError = "notADate" | "past" | "afterMeetingStart" | "tooFarAhead";

const WEEKDAYS = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i;
const TIME = /\s*,?\s*(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$|\s*,?\s*kl\.?\s*(\d{1,2})$/i;
const DAY_MONTH = /^(\d{1,2})\.\s*(\p{L}+|\d{1,2}\.?)$|^(\d{1,2})\s+(\p{L}+)$/u;

/**
 * `rundebord frist 2. mars kl. 12:00`, `… mandag 2. mars 2027 12:00`, `… 02.03.2027`, `… 2.3.`,
 * `… 2027-03-02 kl. 9`: an instant in Europe/Oslo. Without a year: the next such day from `now`.
 * Must lie after `now` and, when the meeting's start is known, not after it; otherwise within
 * two years of `now`.
 */
export function parseDeadline(args: string, now: Date, meetingStart?: Date): { deadline: Date } | { error: DeadlineError } {
  let text = args.trim().replace(/\s+/g, " ").replace(WEEKDAYS, "");
  let hour = DEFAULT_DEADLINE_HOUR;
  let minute = 0;
  const time = TIME.exec(text);
  if (time) {
    hour = Number(time[1] ?? time[3]);
    minute = Number(time[2] ?? "0");
    text = text.slice(0, time.index).trim();
  }
  const date = parseNorwegianDate(text) ?? withoutYear(text, now);
  if (!date || hour > 23 || minute > 59) return { error: "notADate" };
  const deadline = osloWallClockToUtc(date.year, date.month, date.day, hour, minute);
  if (deadline.getTime() <= now.getTime()) return { error: "past" };
  if (meetingStart && deadline.getTime() > meetingStart.getTime()) return { error: "afterMeetingStart" };
  if (!meetingStart && deadline.getTime() > latestAhead(now).getTime()) return { error: "tooFarAhead" };
  return { deadline };
}

/** "2. mars", "2 mars", "2.3." → the next 2 March from today (Oslo). */
function withoutYear(text: string, now: Date): LocalDate | undefined {
  const match = DAY_MONTH.exec(text);
  if (!match) return undefined;
  const day = match[1] ?? match[3] ?? "";
  const month = (match[2] ?? match[4] ?? "").replace(/\.$/, "");
  const today = osloWallClock(now);
  for (const year of [today.year, today.year + 1]) {
    const date = parseNorwegianDate(/^\d+$/.test(month) ? `${day}.${month}.${year}` : `${day}. ${month} ${year}`);
    if (!date) return undefined;
    const isPast = date.month < today.month || (date.month === today.month && date.day < today.day);
    if (year > today.year || !isPast) return date;
  }
  return undefined;
}
