import { osloWallClock, osloWallClockToUtc } from "../../../shared/time/oslo-time";
import { isWorkingDay, workingDaysBefore } from "../../../shared/time/working-days";
import type { LocalDate } from "../../../shared/time/norwegian-date";

/** Reminders go out on working days between these hours, Oslo time. */
export const QUIET_BEFORE_HOUR = 8;
export const QUIET_FROM_HOUR = 16;

/** Working days before the deadline's day of the first reminder. */
const EARLY_WORKING_DAYS = 2;
/** The deadline day's reminder goes at 09:00, or at 08:00 when the deadline is before 11:00. */
const LATE_DEADLINE_HOUR = 11;

const at = (date: LocalDate, hour: number): Date => osloWallClockToUtc(date.year, date.month, date.day, hour, 0);

/**
 * When the reminders for a deadline go out: two working days before it at 09:00, and on its day
 * at 09:00 (08:00 when the deadline is before 11:00). A moment on a weekend or a public holiday
 * moves to the working day before. Moments already past at `now`, or not before the deadline,
 * are left out.
 */
export function reminderMoments(deadline: Date, now: Date): Date[] {
  const clock = osloWallClock(deadline);
  const day: LocalDate = { year: clock.year, month: clock.month, day: clock.day };
  const lastDay = workingDaysBefore(day, 0);
  const lastHour = isWorkingDay(day) && clock.hour < LATE_DEADLINE_HOUR ? 8 : 9;
  const moments = [at(workingDaysBefore(day, EARLY_WORKING_DAYS), 9), at(lastDay, lastHour)];
  const unique = [...new Map(moments.map((moment) => [moment.getTime(), moment])).values()];
  return unique.filter((moment) => moment.getTime() > now.getTime() && moment.getTime() < deadline.getTime());
}
