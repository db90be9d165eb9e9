export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeRange {
  start: ClockTime;
  end: ClockTime;
}

export type NewMeetingArgsError = "missingTitle" | "missingDate" | "invalidDate" | "missingTime" | "invalidTime";

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ["januar", "january", "jan"],
  ["februar", "february", "feb"],
  ["mars", "march", "mar"],
  ["april", "apr"],
  ["mai", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nov"],
  ["desember", "december", "des", "dec"],
];

const MONTHS = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const monthNumber = (name: string | undefined): number | undefined => MONTHS.get(String(name).toLowerCase());

// Applied to the text trimmed, its spaces collapsed to one.
const NUMERIC_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(?<day>\d{1,2})(?:\. ?| )(?<name>\p{L}+)(?:\. ?|,? )(?<year>\d{4})$/u;
const MONTH_DAY_YEAR = /^(?<name>\p{L}+)\.? (?<day>\d{1,2})(?:st|nd|rd|th)?(?:, ?| )(?<year>\d{4})$/u;

/** Year, month and day as written, before checking that the day exists; undefined if it does not look like a date. */
function dateShape(text: string): LocalDate | undefined {
  const clean = text.trim().replace(/\s+/g, " ");
  const numeric = NUMERIC_DMY.exec(clean);
  if (numeric) {
    const [, day, month, year] = numeric;
    return { year: year?.length === 2 ? 2000 + Number(year) : Number(year), month: Number(month), day: Number(day) };
  }
  const iso = ISO.exec(clean);
  if (iso) {
    const [, year, month, day] = iso;
    return { year: Number(year), month: Number(month), day: Number(day) };
  }
  const named = (DAY_MONTH_YEAR.exec(clean) ?? MONTH_DAY_YEAR.exec(clean))?.groups;
  const month = monthNumber(named?.name);
  return month === undefined ? undefined : { year: Number(named?.year), month, day: Number(named?.day) };
}

function exists(date: LocalDate): boolean {
  if (date.year < 1000 || date.month < 1 || date.month > 12 || date.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= daysInMonth;
}

/**
 * "11.09.2025", "11.9.2025", "11.09.25", "11. september 2025", "11 september 2025", "11. sep 2025",
 * "11.september.2025", "2025-09-11", also English month names ("11 September 2025", "September 11, 2025").
 * Returns undefined for anything invalid (31.02.2025, month 13, …).
 */
export function parseNorwegianDate(text: string): LocalDate | undefined {
  const date = dateShape(text);
  return date !== undefined && exists(date) ? date : undefined;
}

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const RANGE = new RegExp(String.raw`^(?:kl\.?\s*)?${CLOCK}\s*[-–—]\s*(?:kl\.?\s*)?${CLOCK}$`, "i");

function clock(hour: string | undefined, minute: string | undefined): ClockTime | undefined {
  const time = { hour: Number(hour), minute: Number(minute ?? 0) };
  return time.hour <= 23 && time.minute <= 59 ? time : undefined;
}

/** "10:00-12:30", "10.00–12.30" (en dash or hyphen, optional spaces), "kl. 10:00-12:30", "10-12". End must be after start. */
export function parseTimeRange(text: string): TimeRange | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const start = clock(match[1], match[2]);
  const end = clock(match[3], match[4]);
  if (!start || !end) return undefined;
  return end.hour * 60 + end.minute > start.hour * 60 + start.minute ? { start, end } : undefined;
}

// Stryker disable next-line StringLiteral: a time range allows any spaces, so how its words are joined does not matter
const tail = (words: string[], count: number) => words.slice(-count).join(" ");

/** The rightmost run of 1–3 words shaped like a date, whether or not that day exists. */
function findDate(words: string[]): { date: LocalDate; from: number; to: number } | undefined {
  for (let to = words.length; to >= 1; to--) {
    // Stryker disable next-line MethodExpression: a run longer than the words up to `to` is a slice of the same words
    for (let count = Math.min(3, to); count >= 1; count--) {
      const date = dateShape(
        words
          .slice(to - count, to)
          .join(" ")
          .replace(/,$/, ""),
      );
      if (date) return { date, from: to - count, to };
    }
  }
  return undefined;
}

/**
 * Splits the arguments of `møte ny`: the title is everything before the date; the date and the time range follow.
 * "Faggruppemøte Næringssamarbeid 11. september 2025 10:00-12:30" → { title: "Faggruppemøte Næringssamarbeid", date, time }.
 * Date problems are reported before time problems, and both before a missing title; blank input is "missingTitle".
 * Words between the date and the end that are not a time range make the time "invalidTime".
 */
export function parseNewMeetingArgs(args: string): { title: string; date: LocalDate; time: TimeRange } | { error: NewMeetingArgsError } {
  const words = args.split(/\s/).filter((word) => word !== "");
  if (words.length === 0) return { error: "missingTitle" };

  // The longest tail wins, so "kl. 10-12" is not read as "10-12" with "kl." left over.
  let time: TimeRange | undefined;
  let beforeTime = words;
  // Stryker disable next-line MethodExpression: a tail longer than the words is all of them
  for (let count = Math.min(4, words.length); count >= 1 && !time; count--) {
    time = parseTimeRange(tail(words, count));
    if (time) beforeTime = words.slice(0, -count);
  }

  const found = findDate(beforeTime);
  if (!found) return { error: "missingDate" };
  if (!exists(found.date)) return { error: "invalidDate" };
  if (found.to < beforeTime.length) return { error: "invalidTime" };
  if (!time) return { error: "missingTime" };
  const title = beforeTime
    .slice(0, found.from)
    .join(" ")
    .replace(/[\s,;:–—-]+$/, "");
  if (title === "") return { error: "missingTitle" };
  return { title, date: found.date, time };
}
