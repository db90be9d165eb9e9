/**
 * How far ahead a deadline or a follow-up's date may lie: a working group plans a year or two
 * ahead, and a date beyond that is a typing error ("31.12.9999") that would plan reminders and
 * list follow-ups for centuries.
 */
export const MAX_YEARS_AHEAD = 2;

/** The latest instant a deadline may have, counted from `from` (the meeting's start, else now). */
export function latestAhead(from: Date): Date {
  const latest = new Date(from);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return latest;
}

/** The latest calendar day ("2028-03-02") a follow-up's date may have, counted from the day `from` ("2026-03-02"). */
export function latestDayAhead(from: string): string {
  return `${String(Number(from.slice(0, 4)) + MAX_YEARS_AHEAD).padStart(4, "0")}${from.slice(4)}`;
}
