export const OSLO = "Europe/Oslo";

export type DisplayLanguage = "nb" | "en";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: OSLO,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

const dateFormats: Record<DisplayLanguage, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: OSLO, day: "numeric", month: "long", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: OSLO, day: "numeric", month: "long", year: "numeric" }),
};

/** Year, month, day, hour and minute in Europe/Oslo. */
export function osloWallClock(instant: Date): WallClock {
  const parts = wallClockFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** Wall clock read as if it were UTC, in ms: the difference to the real instant is the offset. */
function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
}

function offsetMsAt(instantMs: number): number {
  return asUtcMs(osloWallClock(new Date(instantMs))) - Math.floor(instantMs / MINUTE) * MINUTE;
}

/**
 * UTC instant of a wall-clock time in Europe/Oslo (handles DST; for the skipped hour in spring pick the
 * later offset, for the repeated hour in autumn the first occurrence).
 * "Later" follows Temporal's `compatible` choice: 02:30 on the spring-forward day becomes 03:30 summer time.
 * Throws RangeError for a date or time that does not exist on any calendar (31 February, 24:00, …).
 */
export function osloWallClockToUtc(year: number, month: number, day: number, hour: number, minute: number): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls over (31 February is 3 March, 24:00 the next day, year 99 is 1999): only a round trip is a real time.
  const check = new Date(wanted);
  const given = [year, month, day, hour, minute].join();
  const read = [check.getUTCFullYear(), check.getUTCMonth() + 1, check.getUTCDate(), check.getUTCHours(), check.getUTCMinutes()].join();
  if (given !== read) throw new RangeError(`Not a wall-clock time: ${year}-${month}-${day} ${hour}:${minute}`);

  // The offset a day before and the one at `wanted` read as UTC: the real instant lies 1-2 hours before
  // `wanted`, so its offset is one of the two (Oslo changes at most once a day).
  const before = offsetMsAt(wanted - 24 * HOUR);
  const at = offsetMsAt(wanted);
  // In autumn's repeated hour both fit; `before` (summer time) is listed first and is the first occurrence.
  const first = [before, at].map((offset) => wanted - offset).find((instant) => offsetMsAt(instant) === wanted - instant);
  if (first !== undefined) return new Date(first);
  // Skipped hour: read the time with the offset from before the change, which lands after the gap.
  return new Date(wanted - before);
}

/** One part of a formatted date ("11", "september"); Intl always gives the parts its format asks for. */
function partOf(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  // Stryker disable next-line StringLiteral: never reached, the format has the part; the fallback only satisfies the type
  return parts.find((p) => p.type === type)?.value ?? "";
}

/** "11. september 2025" (nb) / "11 September 2025" (en) for an instant, in Europe/Oslo whatever the server's TZ. */
export function formatOsloDate(instant: Date, language: DisplayLanguage): string {
  const parts = dateFormats[language].formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => partOf(parts, type);
  return language === "nb" ? `${part("day")}. ${part("month")} ${part("year")}` : `${part("day")} ${part("month")} ${part("year")}`;
}

/** "10:00" in Europe/Oslo, 24h, zero-padded. */
export function formatOsloTime(instant: Date): string {
  const clock = osloWallClock(instant);
  return `${String(clock.hour).padStart(2, "0")}:${String(clock.minute).padStart(2, "0")}`;
}

/**
 * "11. september 2025, kl. 10:00-12:30" (nb) or "11 September 2025, 10:00-12:30" (en); with no end: "…, kl. 10:00".
 * If start and end fall on different Oslo dates, "11. september 2025, kl. 23:00 - 12. september 2025, kl. 01:00".
 */
export function formatOsloSpan(start: Date, end: Date | undefined, language: DisplayLanguage): string {
  const clock = language === "nb" ? "kl. " : "";
  const startDate = formatOsloDate(start, language);
  const startText = `${startDate}, ${clock}${formatOsloTime(start)}`;
  if (end === undefined) return startText;
  const endDate = formatOsloDate(end, language);
  if (endDate === startDate) return `${startText}-${formatOsloTime(end)}`;
  return `${startText} - ${endDate}, ${clock}${formatOsloTime(end)}`;
}

/** "2025-09-11": the Oslo calendar date, for file names. */
export function osloDateStamp(instant: Date): string {
  const clock = osloWallClock(instant);
  return `${clock.year}-${String(clock.month).padStart(2, "0")}-${String(clock.day).padStart(2, "0")}`;
}

const weekdayDayMonth: Record<DisplayLanguage, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: OSLO, weekday: "long", day: "numeric", month: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: OSLO, weekday: "long", day: "numeric", month: "long" }),
};

/** "mandag 2. mars kl. 12:00" (nb) / "Monday 2 March, 12:00" (en): a deadline or a reminder, in Europe/Oslo. */
export function formatOsloWeekdayTime(instant: Date, language: DisplayLanguage): string {
  const parts = weekdayDayMonth[language].formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => partOf(parts, type);
  return language === "nb"
    ? `${part("weekday")} ${part("day")}. ${part("month")} kl. ${formatOsloTime(instant)}`
    : `${part("weekday")} ${part("day")} ${part("month")}, ${formatOsloTime(instant)}`;
}

/** "torsdag 10. desember 2026, kl. 10:00-12:00" (nb) / "Thursday 10 December 2026, 10:00-12:00" (en): a meeting's time with its weekday. */
export function formatOsloWeekdaySpan(start: Date, end: Date | undefined, language: DisplayLanguage): string {
  const weekday = partOf(weekdayDayMonth[language].formatToParts(start), "weekday");
  return `${weekday} ${formatOsloSpan(start, end, language)}`;
}
