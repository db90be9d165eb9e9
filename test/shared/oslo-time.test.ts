import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import {
  formatOsloDate,
  formatOsloSpan,
  formatOsloTime,
  formatOsloWeekdaySpan,
  formatOsloWeekdayTime,
  osloDateStamp,
  osloWallClockToUtc,
} from "../../src/shared/time/oslo-time";

const utc = (iso: string) => new Date(iso);

describe("Oslo wall clock to UTC", () => {
  it("uses +02:00 in summer and +01:00 in winter", () => {
    assert.equal(osloWallClockToUtc(2025, 9, 11, 10, 0).toISOString(), "2025-09-11T08:00:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 1, 15, 10, 0).toISOString(), "2025-01-15T09:00:00.000Z");
  });

  it("switches offset on 30 March 2025 at 02:00 winter time", () => {
    assert.equal(osloWallClockToUtc(2025, 3, 30, 1, 59).toISOString(), "2025-03-30T00:59:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 3, 30, 3, 0).toISOString(), "2025-03-30T01:00:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 3, 29, 10, 0).toISOString(), "2025-03-29T09:00:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 3, 31, 10, 0).toISOString(), "2025-03-31T08:00:00.000Z");
  });

  it("moves a time in the skipped spring hour forward (02:30 becomes 03:30 summer time)", () => {
    const instant = osloWallClockToUtc(2025, 3, 30, 2, 30);
    assert.equal(instant.toISOString(), "2025-03-30T01:30:00.000Z");
    assert.equal(formatOsloTime(instant), "03:30");
  });

  it("picks the first 02:30 on 26 October 2025, when the hour is repeated", () => {
    assert.equal(osloWallClockToUtc(2025, 10, 26, 2, 30).toISOString(), "2025-10-26T00:30:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 10, 26, 3, 0).toISOString(), "2025-10-26T02:00:00.000Z");
    assert.equal(osloWallClockToUtc(2025, 10, 26, 1, 59).toISOString(), "2025-10-25T23:59:00.000Z");
  });

  it("round-trips every quarter hour of both DST days except the skipped one", () => {
    for (const [month, day] of [
      [3, 30],
      [10, 26],
    ] as const) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const [hour, minute] = [Math.floor(minutes / 60), minutes % 60];
        if (month === 3 && hour === 2) continue;
        const instant = osloWallClockToUtc(2025, month, day, hour, minute);
        const expected = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        assert.equal(formatOsloTime(instant), expected, `${day}.${month} ${expected}`);
      }
    }
  });

  it("refuses wall-clock times that do not exist on the calendar", () => {
    assert.throws(() => osloWallClockToUtc(2025, 2, 29, 10, 0), RangeError);
    assert.throws(() => osloWallClockToUtc(2025, 13, 1, 10, 0), RangeError);
    assert.throws(() => osloWallClockToUtc(2025, 9, 11, 24, 0), RangeError);
    assert.equal(osloWallClockToUtc(2024, 2, 29, 10, 0).toISOString(), "2024-02-29T09:00:00.000Z");
  });

  it("refuses every part that would roll over or is no whole number, and names the time it refuses", () => {
    for (const [year, month, day, hour, minute] of [
      [99, 9, 11, 10, 0],
      [2025, 0, 11, 10, 0],
      [2025, 4, 31, 10, 0],
      [2025, 9, 0, 10, 0],
      [2025, 9, 11, -1, 0],
      [2025, 9, 11, 10, 60],
      [2025, 9, 11, 10, 30.5],
      [2025, 9, Number.NaN, 10, 0],
    ] as const) {
      assert.throws(() => osloWallClockToUtc(year, month, day, hour, minute), RangeError, `${year}-${month}-${day} ${hour}:${minute}`);
    }
    assert.throws(() => osloWallClockToUtc(2025, 2, 29, 10, 5), { name: "RangeError", message: "Not a wall-clock time: 2025-2-29 10:5" });
  });
});

describe("Oslo formatting", () => {
  const start = utc("2025-09-11T08:00:00Z");
  const end = utc("2025-09-11T10:30:00Z");

  it("writes the date the Norwegian and the English way", () => {
    assert.equal(formatOsloDate(start, "nb"), "11. september 2025");
    assert.equal(formatOsloDate(start, "en"), "11 September 2025");
  });

  it("uses the Oslo date, not the UTC date, around midnight", () => {
    assert.equal(formatOsloDate(utc("2025-09-10T22:30:00Z"), "nb"), "11. september 2025");
    assert.equal(formatOsloDate(utc("2025-01-31T23:30:00Z"), "en"), "1 February 2025");
  });

  it("writes 24-hour zero-padded Oslo times", () => {
    assert.equal(formatOsloTime(start), "10:00");
    assert.equal(formatOsloTime(utc("2025-01-15T08:05:00Z")), "09:05");
    assert.equal(formatOsloTime(utc("2025-09-10T22:00:00Z")), "00:00");
    assert.equal(formatOsloTime(utc("2025-09-11T12:45:00Z")), "14:45");
  });

  it("writes a meeting span like the referat header", () => {
    assert.equal(formatOsloSpan(start, end, "nb"), "11. september 2025, kl. 10:00-12:30");
    assert.equal(formatOsloSpan(start, end, "en"), "11 September 2025, 10:00-12:30");
  });

  it("a deadline with its weekday, and a meeting's time with its weekday, the Norwegian and the English way", () => {
    assert.equal(formatOsloWeekdayTime(utc("2027-03-02T11:00:00Z"), "nb"), "tirsdag 2. mars kl. 12:00");
    assert.equal(formatOsloWeekdayTime(utc("2027-03-02T11:00:00Z"), "en"), "Tuesday 2 March, 12:00");
    assert.equal(formatOsloWeekdaySpan(start, end, "nb"), "torsdag 11. september 2025, kl. 10:00-12:30");
    assert.equal(formatOsloWeekdaySpan(start, undefined, "en"), "Thursday 11 September 2025, 10:00");
    assert.equal(
      formatOsloWeekdaySpan(utc("2025-09-10T22:30:00Z"), undefined, "nb"),
      "torsdag 11. september 2025, kl. 00:30",
      "Oslo's weekday",
    );
  });

  it("stamps file names with the Oslo date, zero-padded", () => {
    assert.equal(osloDateStamp(utc("2025-09-10T22:30:00Z")), "2025-09-11");
    assert.equal(osloDateStamp(utc("2026-01-05T12:00:00Z")), "2026-01-05");
  });

  it("leaves out the end when there is none", () => {
    assert.equal(formatOsloSpan(start, undefined, "nb"), "11. september 2025, kl. 10:00");
    assert.equal(formatOsloSpan(start, undefined, "en"), "11 September 2025, 10:00");
  });

  it("repeats the date when the span crosses Oslo midnight", () => {
    const late = utc("2025-09-11T21:00:00Z");
    const early = utc("2025-09-11T23:00:00Z");
    assert.equal(formatOsloSpan(late, early, "nb"), "11. september 2025, kl. 23:00 - 12. september 2025, kl. 01:00");
    assert.equal(formatOsloSpan(late, early, "en"), "11 September 2025, 23:00 - 12 September 2025, 01:00");
  });

  it("keeps one date for a span that crosses UTC midnight but not Oslo midnight", () => {
    const span = formatOsloSpan(utc("2025-09-10T22:30:00Z"), utc("2025-09-11T00:30:00Z"), "nb");
    assert.equal(span, "11. september 2025, kl. 00:30-02:30");
  });

  it("gives the same Oslo text in a process whose TZ is America/Los_Angeles", function () {
    this.timeout(30_000);
    const script = [
      'const t = require("./src/shared/time/oslo-time.ts");',
      "const start = t.osloWallClockToUtc(2025, 9, 11, 10, 0);",
      "const end = t.osloWallClockToUtc(2025, 9, 11, 12, 30);",
      "console.log(JSON.stringify({",
      "  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,",
      "  localHour: start.getHours(),",
      '  nb: t.formatOsloSpan(start, end, "nb"),',
      '  en: t.formatOsloSpan(start, end, "en"),',
      '  late: t.formatOsloSpan(new Date("2025-09-11T21:00:00Z"), new Date("2025-09-11T23:00:00Z"), "nb"),',
      "  spring: t.osloWallClockToUtc(2025, 3, 30, 3, 0).toISOString(),",
      "}));",
    ].join("\n");
    const output = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: resolve(__dirname, "../.."),
      env: { ...process.env, TZ: "America/Los_Angeles" },
      encoding: "utf8",
    });
    const result = JSON.parse(output.trim().split("\n").pop() ?? "{}");
    assert.equal(result.zone, "America/Los_Angeles", "the child really runs in Los Angeles time");
    assert.equal(result.localHour, 1, "10:00 in Oslo is 01:00 in Los Angeles");
    assert.equal(result.nb, "11. september 2025, kl. 10:00-12:30");
    assert.equal(result.en, "11 September 2025, 10:00-12:30");
    assert.equal(result.late, "11. september 2025, kl. 23:00 - 12. september 2025, kl. 01:00");
    assert.equal(result.spring, "2025-03-30T01:00:00.000Z");
  });
});
