import assert from "node:assert/strict";
import { cleanText, cleanTextDeep, namesSomething, sameNameKey } from "../../src/shared/text/clean-text";

const codePoints = (text: string) => [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);

describe("cleanText: text is stored as it shows", () => {
  it("removes every default-ignorable code point the review found stored, and the interlinear annotation characters", () => {
    const found = [
      ...[0x2061, 0x2062, 0x2063, 0x2064],
      ...[0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f],
      ...[0x034f, 0x180e, 0x17b4, 0xfe0f],
      ...[0xe0000, 0xe0001, 0xe0020, 0xe0041, 0xe007f],
      ...[0xfff9, 0xfffa, 0xfffb],
      ...[0x115f, 0x1160, 0x3164, 0xffa0],
    ];
    for (const codePoint of found) {
      const char = String.fromCodePoint(codePoint);
      assert.equal(cleanText(`As${char}ker`), "Asker", codePoints(char).join());
    }
  });

  it("still removes what it removed before: zero-width, bidi controls, soft hyphen, BOM, NUL and other controls, lone surrogates", () => {
    const before = "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg\u202Eh\u2066i\u061Cj\u0000k\u0007l\u009Fm\uD800n";
    assert.equal(cleanText(before), "abcdefghijklmn");
  });

  it("keeps line breaks and tabs, and normalises to NFC", () => {
    assert.equal(cleanText("a\tb\r\nc"), "a\tb\r\nc");
    assert.equal(cleanText("Bærum Ka\u0301re"), "Bærum Káre");
  });

  it("keeps a joiner between two pictographs and VS-16 after an emoji, where they change what is shown", () => {
    for (const emoji of ["❤\uFE0F", "👩\u200D💻", "👩🏽\u200D💻", "🏳\uFE0F\u200D🌈", "1\uFE0F\u20E3"]) {
      assert.deepEqual(codePoints(cleanText(emoji)), codePoints(emoji), emoji);
    }
    assert.equal(cleanText("a\uFE0F"), "a", "VS-16 after a letter changes nothing");
    assert.equal(cleanText("a\u200Db 👩\u200D"), "ab 👩", "a joiner not between two pictographs joins nothing");
  });

  it("turns the Braille blank into a space, so a value of it alone is empty once trimmed", () => {
    assert.equal(cleanText("\u2800\u2800").trim(), "");
  });

  it("names that show the same are the same name: Asker with invisible characters is Asker", () => {
    const keys = ["Asker", "Asker\u2063", "Asker\u{E0020}", "Asker\u3164", "ASKER\u00AD"].map(sameNameKey);
    assert.deepEqual(new Set(keys), new Set(["asker"]));
    assert.equal(sameNameKey("\u3164"), "");
  });

  it("a name needs a letter or a digit", () => {
    assert.equal(namesSomething("Kari"), true);
    assert.equal(namesSomething("3B"), true);
    assert.equal(namesSomething(cleanText("\u2800 - . ")), false);
    assert.equal(namesSomething(cleanText("\u3164\u2063")), false);
  });

  it("cleans every string of a nested value, keys included", () => {
    assert.deepEqual(cleanTextDeep({ ["te\u2063kst"]: ["a\u3164", { b: "\u2800" }], n: 1 }), { tekst: ["a", { b: " " }], n: 1 });
  });

  it("spaces inside a name count as one, and where they stand still counts", () => {
    assert.equal(sameNameKey(" Kari \t Nordmann "), sameNameKey("kari nordmann"));
    assert.notEqual(sameNameKey("Kari Nordmann"), sameNameKey("Karin Ordmann"));
  });

  it("leaves values that are not plain data (a date, a map) as they are", () => {
    const at = new Date(0);
    const cleaned = cleanTextDeep({ at, map: new Map([["k", "a\u2063"]]) });
    assert.equal(cleaned.at, at);
    assert.equal(cleaned.map.get("k"), "a\u2063");
  });

  it("cleans down to 64 levels of nesting and stops there: a hostile body cannot exhaust the stack", () => {
    const nested = (levels: number): unknown[] => {
      let value: unknown[] = ["a\u2063"];
      for (let level = 0; level < levels; level++) value = [value];
      return value;
    };
    const innermost = (value: unknown[]): unknown[] => (Array.isArray(value[0]) ? innermost(value[0] as unknown[]) : value);
    assert.deepEqual(innermost(cleanTextDeep(nested(64))), ["a"], "a string in the 64th level is cleaned");
    assert.deepEqual(innermost(cleanTextDeep(nested(65))), ["a\u2063"], "one level deeper is left as it is");
    const nestedObject = (levels: number): object => (levels === 0 ? { text: "a\u2063" } : { inner: nestedObject(levels - 1) });
    assert.ok(JSON.stringify(cleanTextDeep(nestedObject(64))).includes('"a"'), "objects count their levels the same way");
    assert.ok(JSON.stringify(cleanTextDeep(nestedObject(65))).includes('"a\u2063"'));
  });
});
