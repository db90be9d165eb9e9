import assert from "node:assert/strict";
import { parseNewMeetingArgs, parseNorwegianDate, parseTimeRange } from "../../src/shared/time/norwegian-date";

const SEPT_11 = { year: 2025, month: 9, day: 11 };
const TEN_TO_HALF_ONE = { start: { hour: 10, minute: 0 }, end: { hour: 12, minute: 30 } };

describe("Norwegian dates", () => {
  for (const text of [
    "11.09.2025",
    "11.9.2025",
    "11.09.25",
    "11. september 2025",
    "11 september 2025",
    "11. sep 2025",
    "11. sep. 2025",
    "11.september.2025",
    "11. SEPTEMBER 2025",
    "2025-09-11",
    "11 September 2025",
    "September 11, 2025",
    "Sept. 11 2025",
    "  11.  september   2025 ",
  ]) {
    it(`reads "${text}" as 11 September 2025`, () => {
      assert.deepEqual(parseNorwegianDate(text), SEPT_11);
    });
  }

  it("knows every Norwegian month name and abbreviation", () => {
    const names = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    names.forEach((name, index) => {
      assert.deepEqual(parseNorwegianDate(`1. ${name} 2026`), { year: 2026, month: index + 1, day: 1 }, name);
      const short = name.slice(0, 3);
      assert.deepEqual(parseNorwegianDate(`1. ${short}. 2026`), { year: 2026, month: index + 1, day: 1 }, `${short}.`);
      assert.deepEqual(parseNorwegianDate(`1 ${short} 2026`), { year: 2026, month: index + 1, day: 1 }, short);
    });
  });

  it("knows the English names that differ from the Norwegian ones", () => {
    assert.deepEqual(parseNorwegianDate("3 May 2026"), { year: 2026, month: 5, day: 3 });
    assert.deepEqual(parseNorwegianDate("October 14, 2026"), { year: 2026, month: 10, day: 14 });
    assert.deepEqual(parseNorwegianDate("24 Dec 2026"), { year: 2026, month: 12, day: 24 });
    assert.deepEqual(parseNorwegianDate("1 March 2026"), { year: 2026, month: 3, day: 1 });
  });

  it("accepts 29 February only in a leap year", () => {
    assert.deepEqual(parseNorwegianDate("29.02.2024"), { year: 2024, month: 2, day: 29 });
    assert.equal(parseNorwegianDate("29.02.2025"), undefined);
  });

  for (const text of [
    "31.02.2025",
    "31.04.2025",
    "11.13.2025",
    "0.09.2025",
    "11.00.2025",
    "32. januar 2026",
    "2025-02-30",
    "11. fisk 2025",
    "11.09",
    "i morgen",
    "",
    "11.09.2025 10:00",
  ]) {
    it(`refuses "${text}"`, () => {
      assert.equal(parseNorwegianDate(text), undefined);
    });
  }
});

describe("time ranges", () => {
  for (const text of ["10:00-12:30", "10.00–12.30", "10:00 - 12:30", "10.00 – 12.30", "kl. 10:00-12:30", "Kl 10:00-12:30", "10:00—12:30"]) {
    it(`reads "${text}" as 10:00 to 12:30`, () => {
      assert.deepEqual(parseTimeRange(text), TEN_TO_HALF_ONE);
    });
  }

  it("reads whole hours and single-digit hours", () => {
    assert.deepEqual(parseTimeRange("10-12"), { start: { hour: 10, minute: 0 }, end: { hour: 12, minute: 0 } });
    assert.deepEqual(parseTimeRange("9:15-9:45"), { start: { hour: 9, minute: 15 }, end: { hour: 9, minute: 45 } });
  });

  for (const text of ["12:30-10:00", "10:00-10:00", "23:00-01:00", "25:00-26:00", "10:60-11:00", "10:00", "10:00-", "ti til tolv"]) {
    it(`refuses "${text}"`, () => {
      assert.equal(parseTimeRange(text), undefined);
    });
  }
});

describe("møte ny arguments", () => {
  it("splits the reference meeting into title, date and time", () => {
    assert.deepEqual(parseNewMeetingArgs("Faggruppemøte Næringssamarbeid 11. september 2025 10:00-12:30"), {
      title: "Faggruppemøte Næringssamarbeid",
      date: SEPT_11,
      time: TEN_TO_HALF_ONE,
    });
  });

  it("accepts the other date and time spellings in the middle of a command", () => {
    const expected = { title: "Styremøte", date: SEPT_11, time: TEN_TO_HALF_ONE };
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025 kl. 10:00 - 12:30"), expected);
    assert.deepEqual(parseNewMeetingArgs("Styremøte 2025-09-11 10.00–12.30"), expected);
    assert.deepEqual(parseNewMeetingArgs("Styremøte September 11, 2025 10:00-12:30"), expected);
    assert.deepEqual(parseNewMeetingArgs("Styremøte, 11. september 2025, kl. 10:00-12:30"), expected);
  });

  it("keeps numbers that belong to the title", () => {
    const parsed = parseNewMeetingArgs("Budsjett 2026 del 2 11.09.25 10-12");
    assert.deepEqual(parsed, {
      title: "Budsjett 2026 del 2",
      date: SEPT_11,
      time: { start: { hour: 10, minute: 0 }, end: { hour: 12, minute: 0 } },
    });
  });

  it("says what is missing or wrong", () => {
    assert.deepEqual(parseNewMeetingArgs(""), { error: "missingTitle" });
    assert.deepEqual(parseNewMeetingArgs("11.09.2025 10:00-12:30"), { error: "missingTitle" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 10:00-12:30"), { error: "missingDate" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte"), { error: "missingDate" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 31.02.2025 10:00-12:30"), { error: "invalidDate" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 31. februar 2025 10:00-12:30"), { error: "invalidDate" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025"), { error: "missingTime" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025 formiddag"), { error: "invalidTime" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025 12:30-10:00"), { error: "invalidTime" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025 kl. 25:00-26:00"), { error: "invalidTime" });
    assert.deepEqual(parseNewMeetingArgs("Styremøte 11.09.2025 10:00"), { error: "invalidTime" });
  });
});

describe("Norwegian dates and times: what does not exist is refused", () => {
  it("a minute over 59, an hour over 23, or an end not after its start is no time range", () => {
    assert.equal(parseTimeRange("10:60-12:00"), undefined);
    assert.equal(parseTimeRange("10:00-12:60"), undefined);
    assert.equal(parseTimeRange("24:00-25:00"), undefined);
    assert.equal(parseTimeRange("10:30-10:15"), undefined, "reversed");
    assert.equal(parseTimeRange("10:30-10:30"), undefined, "empty");
    assert.deepEqual(parseTimeRange("10:59-23:59"), { start: { hour: 10, minute: 59 }, end: { hour: 23, minute: 59 } });
  });

  it("a year before 1000 is no date; year 1000 is", () => {
    assert.equal(parseNorwegianDate("0999-09-11"), undefined);
    assert.deepEqual(parseNorwegianDate("1000-09-11"), { year: 1000, month: 9, day: 11 });
  });
});

describe("Norwegian dates: every spelling of a month, and nothing around the date", () => {
  it("knows every English month name and the English and Norwegian abbreviations", () => {
    const spellings = [
      ["january", "jan"],
      ["february", "feb"],
      ["march", "mar"],
      ["april", "apr"],
      ["may"],
      ["june", "jun"],
      ["july", "jul"],
      ["august", "aug"],
      ["september", "sep", "sept"],
      ["october", "okt", "oct"],
      ["november", "nov"],
      ["december", "des", "dec"],
    ];
    spellings.forEach((names, index) => {
      for (const name of names) assert.deepEqual(parseNorwegianDate(`1 ${name} 2026`), { year: 2026, month: index + 1, day: 1 }, name);
    });
  });

  it("a day or month name may touch its dot; an ordinal suffix and the comma are optional in English", () => {
    for (const text of ["11.september 2025", "11. september.2025", "Sep 11th, 2025", "September 11,2025", "Sept 11 2025"]) {
      assert.deepEqual(parseNorwegianDate(text), SEPT_11, text);
    }
  });

  it("nothing may stand before or after the date", () => {
    for (const text of ["2025-09-111", "12025-09-11", "111. september 2025", "11. september 20251", "Monday September 11, 2025"]) {
      assert.equal(parseNorwegianDate(text), undefined, text);
    }
    assert.equal(parseNorwegianDate("September 11, 20251"), undefined);
  });

  it("a time range may have spaces around it", () => {
    assert.deepEqual(parseTimeRange("  10:00-12:30 "), TEN_TO_HALF_ONE);
  });

  it("møte ny: a date before a comma is read; the title loses every separator before the date", () => {
    const expected = { title: "Faggruppemøte", date: SEPT_11, time: TEN_TO_HALF_ONE };
    assert.deepEqual(parseNewMeetingArgs("Faggruppemøte September 11, 2025, 10:00-12:30"), expected);
    assert.deepEqual(parseNewMeetingArgs("Faggruppemøte – 11.09.2025 10:00-12:30"), expected);
    assert.deepEqual(parseNewMeetingArgs("Faggruppemøte:  -  11.09.2025 10:00-12:30"), expected);
  });
});
