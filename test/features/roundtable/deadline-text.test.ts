import assert from "node:assert/strict";
import { parseDeadline } from "../../../src/features/roundtable/deadline";
import { formatOsloWeekdayTime } from "../../../src/shared/time/oslo-time";

// Saturday 20 February 2027, 11:00 in Oslo.
const NOW = new Date("2027-02-20T10:00:00Z");
const deadline = (text: string, start?: string) => {
  const parsed = parseDeadline(text, NOW, start ? new Date(start) : undefined);
  return "deadline" in parsed ? formatOsloWeekdayTime(parsed.deadline, "nb") : parsed.error;
};
const MARCH_2_NOON = "tirsdag 2. mars kl. 12:00";

describe("a round-table deadline as people type it (rundebord frist …)", () => {
  it("a weekday may come first, in Norwegian or English, with or without a comma; extra spaces do not matter", () => {
    for (const text of ["Tirsdag, 2. mars", "tuesday 2. mars", "  tirsdag   2.   mars  ", "2.  mars  kl.  12:00"]) {
      assert.equal(deadline(text), MARCH_2_NOON, text);
    }
    assert.equal(deadline("2. mars tirsdag kl. 12"), "notADate", "a weekday is read only where it comes first");
  });

  it("the time: with or without «kl», its dot and the space after it, after a comma, with a colon or a dot, whole hours after «kl»", () => {
    for (const [text, shown] of [
      ["2. mars 14:30", "tirsdag 2. mars kl. 14:30"],
      ["2. mars, kl. 14:30", "tirsdag 2. mars kl. 14:30"],
      ["2. mars kl 14.30", "tirsdag 2. mars kl. 14:30"],
      ["2. mars kl.14:30", "tirsdag 2. mars kl. 14:30"],
      ["2. mars, kl. 9", "tirsdag 2. mars kl. 09:00"],
      ["2. mars kl 14", "tirsdag 2. mars kl. 14:00"],
      ["2. mars kl.9", "tirsdag 2. mars kl. 09:00"],
    ]) {
      assert.equal(deadline(text!), shown, text);
    }
  });

  it("words after the time, a minute over 59 or an hour over 23 make it no date", () => {
    for (const text of ["2. mars 12:00 presis", "2. mars kl. 9 presis", "2. mars kl. 12:60", "2. mars kl. 24:00", "2. mars kl. 24"]) {
      assert.equal(deadline(text), "notADate", text);
    }
  });

  it("a day and month without a year: «2. mars», «2 mars», «2.mars», «2.3.», «2.3», «12.12.»; a day of three digits is none", () => {
    for (const text of ["2. mars", "2 mars", "2.mars", "2.3.", "2.3", "02.03"]) assert.equal(deadline(text), MARCH_2_NOON, text);
    assert.equal(deadline("12. mars"), "fredag 12. mars kl. 12:00");
    assert.equal(deadline("12 mars"), "fredag 12. mars kl. 12:00");
    assert.equal(deadline("12.12."), "søndag 12. desember kl. 12:00");
    for (const text of ["112. mars", "112 mars", "112.3.", "2.3.4", "2. mars neste år", "2 mars neste år", "2. m", "2 3"]) {
      assert.equal(deadline(text), "notADate", text);
    }
  });

  it("without a year it is the next such day: today if still ahead, later this month this year, an earlier month next year", () => {
    assert.equal(deadline("20. februar"), "lørdag 20. februar kl. 12:00", "today at noon, an hour from now");
    assert.equal(deadline("25. februar"), "torsdag 25. februar kl. 12:00", "later this month: 2027");
    assert.equal(deadline("19. februar"), "lørdag 19. februar kl. 12:00", "yesterday: next year, 2028");
    assert.equal(deadline("15. januar"), "lørdag 15. januar kl. 12:00", "an earlier month: next year, 2028");
  });

  it("a deadline at this very minute is past; one exactly at the meeting's start is allowed, and one before it", () => {
    assert.equal(deadline("20.02.2027 kl. 11:00"), "past");
    assert.equal(deadline("20.02.2027 kl. 11:01"), "lørdag 20. februar kl. 11:01");
    assert.equal(deadline("4. mars 2027 kl. 09:00", "2027-03-04T08:00:00Z"), "torsdag 4. mars kl. 09:00");
    assert.equal(deadline("3. mars 2027", "2027-03-04T08:00:00Z"), "onsdag 3. mars kl. 12:00");
    assert.equal(deadline("4. mars 2027 kl. 09:01", "2027-03-04T08:00:00Z"), "afterMeetingStart");
  });
});
