import Holidays from "date-holidays";
import type { LocalDate } from "./norwegian-date";

/** Norway's public holidays (helligdager) from date-holidays; observances and bank days are working days. */
const norway = new Holidays("NO");
const cache = new Map<number, Set<string>>();

const key = (date: LocalDate): string => `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

function publicHolidays(year: number): Set<string> {
  let days = cache.get(year);
  // Stryker disable next-line ConditionalExpression: the cache only saves time; reading the holidays again gives the same days
  if (!days) {
    days = new Set(
      norway
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    // Stryker disable next-line CallExpression: as above, a year not cached is read again with the same result
    cache.set(year, days);
  }
  return days;
}

export const isPublicHoliday = (date: LocalDate): boolean => publicHolidays(date.year).has(key(date));

const weekday = (date: LocalDate): number => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

/** Monday to Friday and not a Norwegian public holiday. */
export const isWorkingDay = (date: LocalDate): boolean => weekday(date) !== 0 && weekday(date) !== 6 && !isPublicHoliday(date);

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The working day `count` working days before `date` (0: `date` itself if it is one, else the one before). */
export function workingDaysBefore(date: LocalDate, count: number): LocalDate {
  let day = date;
  if (count === 0) while (!isWorkingDay(day)) day = addDays(day, -1);
  for (let left = count; left > 0; left--) {
    day = addDays(day, -1);
    while (!isWorkingDay(day)) day = addDays(day, -1);
  }
  return day;
}

export const localDateKey = key;
