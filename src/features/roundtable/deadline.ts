import { parseNorwegianDate, type LocalDate } from "../../shared/time/norwegian-date";
import { osloWallClock, osloWallClockToUtc } from "../../shared/time/oslo-time";
import { latestAhead } from "../../shared/time/dates-ahead";

/** A deadline given without a time of day is at noon. */
export const DEFAULT_DEADLINE_HOUR = 12;

export type DeadlineError = "notADate" | "past" | "afterMeetingStart" | "tooFarAhead";

// The text is trimmed and its spaces collapsed to one before these are applied.
const WEEKDAYS = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? /i;
const TIME = /,? (?:kl\.? ?)?(\d{1,2})[:.](\d{2})$|,? kl\.? ?(\d{1,2})$/i;
/** "2.3.", "2.3", "02.03". */
const NUMERIC_DAY_MONTH = /^(\d{1,2})\. ?(\d{1,2})\.?$/;
/** "2. mars", "2 mars", "2.mars". */
const NAMED_DAY_MONTH = /^(\d{1,2})\.? ?(\p{L}+)$/u;

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
    minute = Number(time[2] ?? 0);
    text = text.slice(0, time.index);
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
  const match = NUMERIC_DAY_MONTH.exec(text) ?? NAMED_DAY_MONTH.exec(text);
  if (!match) return undefined;
  const [, day, month] = match;
  const today = osloWallClock(now);
  for (const year of [today.year, today.year + 1]) {
    // "2.3.2027" and "2.mars.2027" are both dates to parseNorwegianDate.
    const date = parseNorwegianDate(`${day}.${month}.${year}`);
    if (!date) return undefined;
    const isPast = date.month < today.month || (date.month === today.month && date.day < today.day);
    if (year > today.year || !isPast) return date;
  }
  return undefined;
}
