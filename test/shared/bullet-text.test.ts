import assert from "node:assert/strict";
import { bulletsToText, MAX_ENTRY_CHARS, parseBullets, typedLines } from "../../src/shared/bullet-text";
import { presenterNames } from "../../src/features/roundtable/roundtable";
import { end } from "../../src/features/meeting/walkthrough";
import type { Meeting } from "../../src/shared/meeting/meeting";
import { REFERENCE_ROUND_TABLE } from "../fixtures/reference-roundtable";

describe("round-table bullets typed by a representative", () => {
  it("strips markers and numbering, ignores blank lines", () => {
    assert.deepEqual(parseBullets("• En\n- To\n\n* Tre\n– Fire\n1. Fem\n2) Seks\nSju"), {
      bullets: ["En", "To", "Tre", "Fire", "Fem", "Seks", "Sju"].map((text) => ({ text, children: [] })),
    });
  });

  it("a marker may touch the text; «o» is a marker only before a space; one or two digits number, more do not", () => {
    assert.deepEqual(parseBullets("•Uten mellomrom\no Sirkel\nog så videre\n12. Tolvte\n100) kroner"), {
      bullets: ["Uten mellomrom", "Sirkel", "og så videre", "Tolvte", "100) kroner"].map((text) => ({ text, children: [] })),
    });
  });

  it("a line of only a marker is no bullet, and runs of spaces and tabs inside a line become one space", () => {
    assert.deepEqual(parseBullets("• En \t  to\n•\n  -  \n• Tre"), {
      bullets: [
        { text: "En to", children: [] },
        { text: "Tre", children: [] },
      ],
    });
  });

  it("each line read: indented or not, marked, numbered only by a leading number, spaces collapsed with the marker kept", () => {
    assert.deepEqual(typedLines("1.  Tydelighet   her\n\u00A0• Under\n12) Tolv\nPunkt 1. her"), [
      { indented: false, marked: true, numbered: true, content: "Tydelighet her", whole: "1. Tydelighet her" },
      { indented: true, marked: true, numbered: false, content: "Under", whole: "• Under" },
      { indented: false, marked: true, numbered: true, content: "Tolv", whole: "12) Tolv" },
      { indented: false, marked: false, numbered: false, content: "Punkt 1. her", whole: "Punkt 1. her" },
    ]);
  });

  it("an indented line with a marker nests; without one it continues", () => {
    assert.deepEqual(parseBullets("• Har kartlagt kapital\n  - Møter med investorer\n    som ga resultater\n  fortsatt\n• Neste"), {
      bullets: [
        { text: "Har kartlagt kapital", children: ["Møter med investorer som ga resultater fortsatt"] },
        { text: "Neste", children: [] },
      ],
    });
    assert.deepEqual(parseBullets("• Lang tekst\n  som fortsetter"), { bullets: [{ text: "Lang tekst som fortsetter", children: [] }] });
  });

  it("reads Word's sub-bullet glyph (U+F06F) as a sub-bullet when pasted from the referat", () => {
    assert.deepEqual(parseBullets("• To hovedtiltak\n \uF06F Sterkt nettverk"), {
      bullets: [{ text: "To hovedtiltak", children: ["Sterkt nettverk"] }],
    });
  });

  it("refuses empty text, more than 30 bullets and more than 4000 characters", () => {
    assert.deepEqual(parseBullets(" \n \n"), { error: "empty" });
    assert.deepEqual(parseBullets(Array.from({ length: 31 }, (_, i) => `• ${i}`).join("\n")), { error: "tooManyBullets" });
    assert.ok("bullets" in parseBullets(Array.from({ length: 30 }, (_, i) => `• ${i}`).join("\n")));
    assert.deepEqual(parseBullets(`• ${"x".repeat(3999)}`), { error: "tooLong" });
    assert.ok("bullets" in parseBullets(`• ${"x".repeat(MAX_ENTRY_CHARS - 2)}`), "exactly 4000 characters are accepted");
    const subBullets = ["• Ett punkt", ...Array.from({ length: 30 }, (_, i) => `  - ${i}`)].join("\n");
    assert.deepEqual(parseBullets(subBullets), { error: "tooManyBullets" }, "sub-bullets count towards the 30");
  });

  it("the form shows an entry as text that parses back to the same bullets (all ten reference entries)", () => {
    for (const entry of REFERENCE_ROUND_TABLE) {
      assert.deepEqual(parseBullets(entry.typed), { bullets: entry.bullets }, entry.municipality);
      assert.deepEqual(parseBullets(bulletsToText(entry.bullets)), { bullets: entry.bullets }, entry.municipality);
    }
  });

  it("names in the heading: one by full name, several by first names joined with «og»", () => {
    assert.equal(presenterNames({ contributors: [{ name: "Haakon Gjems" }] }), "Haakon Gjems");
    assert.equal(presenterNames({ contributors: [{ name: "Berte Sollerud Helgestad" }, { name: "Eli Arnkværn Bryhni" }] }), "Berte og Eli");
    assert.equal(presenterNames({ contributors: [{ name: "A B" }, { name: "C D" }, { name: "E F" }] }), "A, C og E");
    assert.equal(presenterNames({ contributors: [{ name: "X Y" }], presenters: "Anne Solberg" }), "Anne Solberg");
  });

  it("ending the meeting closes an open round table", () => {
    const meeting = {
      status: "running",
      actual: {},
      planned: {},
      roundTable: { topic: "T", openedAt: "2025-09-11T08:00:00.000Z" },
    } as unknown as Meeting;
    assert.equal(end(meeting, new Date("2025-09-11T10:30:00Z")).roundTable?.closedAt, "2025-09-11T10:30:00.000Z");
  });
});
