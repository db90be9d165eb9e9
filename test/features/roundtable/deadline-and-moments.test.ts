import assert from "node:assert/strict";
import { parseDeadline } from "../../../src/features/roundtable/deadline";
import { reminderMoments } from "../../../src/features/roundtable/reminders/reminder-moments";
import { formatOsloWeekdayTime } from "../../../src/shared/time/oslo-time";
import { isWorkingDay } from "../../../src/shared/time/working-days";

const NOW = new Date("2027-02-20T10:00:00Z");
const shown = (date: Date) => formatOsloWeekdayTime(date, "nb");
const deadline = (text: string, start?: string) => {
  const parsed = parseDeadline(text, NOW, start ? new Date(start) : undefined);
  return "deadline" in parsed ? shown(parsed.deadline) : parsed.error;
};
const moments = (iso: string, now = NOW) => reminderMoments(new Date(iso), now).map(shown);

describe("round-table deadline and reminder moments (Europe/Oslo, Norwegian public holidays)", () => {
  it("reads the deadline as people write it; refuses what is no date, past or after the meeting's start", () => {
    assert.equal(deadline("2. mars kl. 12:00"), "tirsdag 2. mars kl. 12:00");
    assert.equal(deadline("tirsdag 2. mars 2027 12:00"), "tirsdag 2. mars kl. 12:00");
    assert.equal(deadline("02.03.2027"), "tirsdag 2. mars kl. 12:00", "noon without a time");
    assert.equal(deadline("2.3."), "tirsdag 2. mars kl. 12:00");
    assert.equal(deadline("2027-03-02 kl. 9"), "tirsdag 2. mars kl. 09:00");
    assert.equal(deadline("1. februar"), "tirsdag 1. februar kl. 12:00", "without a year: the next 1 February");
    for (const text of ["", "i morgen", "31. februar", "2. mars kl. 25:00", "kl. 9"]) assert.equal(deadline(text), "notADate", text);
    assert.equal(deadline("20.02.2027 kl. 10:00"), "past");
    assert.equal(deadline("5. mars 2027", "2027-03-04T08:00:00Z"), "afterMeetingStart");
  });

  it("with the meeting's start unknown, a deadline lies within two years of now", () => {
    assert.equal(deadline("31.12.9999 kl. 23:59"), "tooFarAhead");
    assert.equal(deadline("21.02.2029"), "tooFarAhead");
    assert.equal(deadline("20.02.2029 kl. 11:00"), "tirsdag 20. februar kl. 11:00", "two years to the minute (11:00 in Oslo is NOW)");
    assert.equal(deadline("20.02.2029 kl. 11:01"), "tooFarAhead");
  });

  it("two working days before at 09:00 and on the day at 09:00, or 08:00 for a deadline before 11:00", () => {
    assert.deepEqual(moments("2027-03-02T11:00:00Z"), ["fredag 26. februar kl. 09:00", "tirsdag 2. mars kl. 09:00"]);
    assert.deepEqual(moments("2027-03-02T09:30:00Z"), ["fredag 26. februar kl. 09:00", "tirsdag 2. mars kl. 08:00"]);
  });

  it("a moment on a weekend or a public holiday moves to the working day before; holidays do not count as working days", () => {
    assert.deepEqual(moments("2027-03-06T09:00:00Z"), ["torsdag 4. mars kl. 09:00", "fredag 5. mars kl. 09:00"], "Saturday");
    assert.deepEqual(moments("2027-05-17T10:00:00Z"), ["torsdag 13. mai kl. 09:00", "fredag 14. mai kl. 09:00"], "17 May");
    assert.deepEqual(moments("2027-03-30T10:00:00Z"), ["tirsdag 23. mars kl. 09:00", "tirsdag 30. mars kl. 09:00"], "after Easter");
    for (const day of [
      { year: 2027, month: 3, day: 25 },
      { year: 2027, month: 3, day: 26 },
      { year: 2027, month: 3, day: 29 },
      { year: 2027, month: 5, day: 6 },
      { year: 2027, month: 12, day: 25 },
    ])
      assert.equal(isWorkingDay(day), false, JSON.stringify(day));
    assert.equal(isWorkingDay({ year: 2027, month: 3, day: 24 }), true);
  });

  it("moments already past are left out", () => {
    assert.deepEqual(moments("2027-03-02T11:00:00Z", new Date("2027-02-27T10:00:00Z")), ["tirsdag 2. mars kl. 09:00"]);
    assert.deepEqual(moments("2027-03-02T11:00:00Z", new Date("2027-03-02T10:00:00Z")), []);
    assert.deepEqual(
      moments("2027-03-02T11:00:00Z", new Date("2027-02-26T08:00:00Z")),
      ["tirsdag 2. mars kl. 09:00"],
      "one due this instant",
    );
  });
});

describe("reminder moments: the rules at the edges of the day", () => {
  it("a deadline before 08:00 gets no reminder on its own day (08:00 would come after it), only the early one", () => {
    // Tuesday 2 March 2027 at 07:30 Oslo time.
    assert.deepEqual(moments("2027-03-02T06:30:00Z"), ["fredag 26. februar kl. 09:00"]);
  });

  it("a deadline at exactly 08:00 gets no reminder at 08:00 on its day: a reminder comes before the deadline, not with it", () => {
    assert.deepEqual(moments("2027-03-02T07:00:00Z"), ["fredag 26. februar kl. 09:00"]);
  });

  it("a deadline at exactly 11:00 is not before 11:00: its day's reminder goes at 09:00; at 10:59 at 08:00", () => {
    assert.deepEqual(moments("2027-03-02T10:00:00Z"), ["fredag 26. februar kl. 09:00", "tirsdag 2. mars kl. 09:00"]);
    assert.deepEqual(moments("2027-03-02T09:59:00Z"), ["fredag 26. februar kl. 09:00", "tirsdag 2. mars kl. 08:00"]);
  });

  it("observances and bank days are working days: julaften, nyttårsaften, kvinnedagen, sankthansaften", () => {
    for (const day of [
      { year: 2025, month: 12, day: 24 },
      { year: 2025, month: 12, day: 31 },
      { year: 2027, month: 3, day: 8 },
      { year: 2026, month: 6, day: 23 },
    ]) {
      assert.equal(isWorkingDay(day), true, JSON.stringify(day));
    }
    assert.equal(isWorkingDay({ year: 2025, month: 12, day: 25 }), false, "første juledag is a public holiday");
  });
});
