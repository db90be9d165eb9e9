import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  MAX_AGENDA_ITEMS,
  MAX_AGENDA_TEXT,
  parseAgendaText,
  STANDING_ITEMS,
  withStandingItems,
  type ParsedAgendaItem,
} from "../../../src/features/meeting/agenda-text";
import { MAX_ITEM_TITLE } from "../../../src/shared/meeting/meeting";

const REFERENCE = resolve(__dirname, "../../../../shared/reference/referat-2025-09-11-naeringssamarbeid.txt");

const itemsOf = (text: string): ParsedAgendaItem[] => {
  const parsed = parseAgendaText(text);
  assert.ok("items" in parsed, `expected items, got ${JSON.stringify(parsed)}`);
  return parsed.items;
};

describe("agenda pasted by the chair", () => {
  it("reads the eight items of the 11 September 2025 referat", () => {
    const headings = readFileSync(REFERENCE, "utf8")
      .split("\n")
      .filter((line) => /^Sak \d/.test(line));
    assert.equal(headings.length, 8, "the reference referat has eight Sak headings");
    const items = itemsOf(headings.join("\n"));
    assert.deepEqual(items, [
      { title: "Godkjenning av innkalling og dagsorden" },
      { title: "Godkjenning av referat fra tidligere møter" },
      { title: "Arbeidsgrupper – prosjektideer til handlingsprogram 2026" },
      { title: "Handlingsprogram 2026" },
      { title: "Kommunikasjonsbrief – politisk prioriterte saker" },
      { title: "Osloregionens oppdatering om arbeidet med kompetansetilflyttere" },
      { title: "Runde rundt bordet – Entreprenørskap og scale-up", roundTableTopic: "Entreprenørskap og scale-up" },
      { title: "Øvrige orienteringer fra sekretariatet" },
    ]);
  });

  it("drops the number however it was written, and keeps bare titles", () => {
    const text = [
      "Sak 1: Godkjenning",
      "Sak 4 Handlingsprogram 2026",
      "sak 3 - Arbeidsgrupper",
      "3. Arbeidsgrupper",
      "3) Arbeidsgrupper",
      "• Eventuelt",
      "- Eventuelt",
      "Budsjett",
      "2026 budsjett",
      "Sak 12: 3.5 millioner til klynger",
    ].join("\n");
    assert.deepEqual(
      itemsOf(text).map((item) => item.title),
      [
        "Godkjenning",
        "Handlingsprogram 2026",
        "Arbeidsgrupper",
        "Arbeidsgrupper",
        "Arbeidsgrupper",
        "Eventuelt",
        "Eventuelt",
        "Budsjett",
        "2026 budsjett",
        "3.5 millioner til klynger",
      ],
    );
  });

  it("a number is dropped only at the start of a line, in every form people write it; other numbers stay", () => {
    const text = [
      "Sak3: Uten mellomrom",
      "Sak 3b: Med bokstav",
      "Sak 5",
      "•Eventuelt",
      "12. Tolv",
      "3.Uten mellomrom",
      "3 – Med tankestrek",
      "10 -årsjubileum",
      "Handlingsprogram 2026: plan",
      "Oppfølging av sak 3: budsjett",
    ].join("\n");
    assert.deepEqual(
      itemsOf(text).map((item) => item.title),
      [
        "Uten mellomrom",
        "Med bokstav",
        "Eventuelt",
        "Tolv",
        "Uten mellomrom",
        "Med tankestrek",
        "10 -årsjubileum",
        "Handlingsprogram 2026: plan",
        "Oppfølging av sak 3: budsjett",
      ],
      "«Sak 5» alone is a number without a title, ignored like a blank line",
    );
  });

  it(`accepts ${MAX_AGENDA_TEXT} characters of text and refuses one more`, () => {
    const padded = `Budsjett${" ".repeat(MAX_AGENDA_TEXT - 8)}`;
    assert.deepEqual(parseAgendaText(padded), { items: [{ title: "Budsjett" }] });
    assert.deepEqual(parseAgendaText(`${padded} `), { error: "tooLong" });
  });

  it("only a title that starts with the words is the round table", () => {
    assert.deepEqual(itemsOf("Om runde rundt bordet – neste gang"), [{ title: "Om runde rundt bordet – neste gang" }]);
  });

  it("the round table's topic is what follows a dash or colon right after the words; other words after them are no topic", () => {
    assert.deepEqual(itemsOf("Runde rundt bordet 2027 – status"), [{ title: "Runde rundt bordet 2027 – status", roundTableTopic: "" }]);
    assert.deepEqual(itemsOf("Runde rundt bordet –status"), [{ title: "Runde rundt bordet –status", roundTableTopic: "status" }]);
  });

  it("ignores blank lines and collapses whitespace, Windows line endings included", () => {
    const items = itemsOf("\r\n  Sak 1:   Godkjenning \t av   innkalling  \r\n\r\n   \n\u00a0Eventuelt\u00a0 \r\n");
    assert.deepEqual(items, [{ title: "Godkjenning av innkalling" }, { title: "Eventuelt" }]);
  });

  it("finds the round table and its topic after a dash or colon", () => {
    for (const [line, topic] of [
      ["Runde rundt bordet – Entreprenørskap", "Entreprenørskap"],
      ["runde rundt bordet — Entreprenørskap", "Entreprenørskap"],
      ["Runde rundt bordet - Entreprenørskap", "Entreprenørskap"],
      ["Runde rundt bordet: Entreprenørskap", "Entreprenørskap"],
      ["ROUND TABLE: Scale-up", "Scale-up"],
      ["5. Runde rundt bordet", ""],
      ["Round table", ""],
    ] as const) {
      assert.deepEqual(itemsOf(`Eventuelt\n${line}`)[1]?.roundTableTopic, topic, line);
    }
  });

  it("has at most one round table, and does not see one in other titles", () => {
    const items = itemsOf("Runde rundt bordet – Første\nRunde rundt bordet – Andre\nOm runde rundt bordet\nRoundtable");
    assert.deepEqual(items, [
      { title: "Runde rundt bordet – Første", roundTableTopic: "Første" },
      { title: "Runde rundt bordet – Andre" },
      { title: "Om runde rundt bordet" },
      { title: "Roundtable" },
    ]);
  });

  it("refuses an empty agenda", () => {
    assert.deepEqual(parseAgendaText(""), { error: "empty" });
    assert.deepEqual(parseAgendaText(" \n\n \u00a0\n"), { error: "empty" });
    assert.deepEqual(parseAgendaText("Sak 1:\n- \n"), { error: "empty" });
  });

  it(`accepts ${MAX_AGENDA_ITEMS} items and refuses one more`, () => {
    const lines = Array.from({ length: MAX_AGENDA_ITEMS + 1 }, (_, index) => `Sak ${index + 1}: Punkt ${index + 1}`);
    assert.equal(itemsOf(lines.slice(0, MAX_AGENDA_ITEMS).join("\n")).length, MAX_AGENDA_ITEMS);
    assert.deepEqual(parseAgendaText(lines.join("\n")), { error: "tooMany" });
  });

  it(`accepts a ${MAX_ITEM_TITLE}-character title and names the line of a longer one`, () => {
    const longest = "æ".repeat(MAX_ITEM_TITLE);
    assert.equal(itemsOf(`Sak 1: ${longest}`)[0]?.title, longest);
    assert.deepEqual(parseAgendaText(`Sak 1: Godkjenning\n\nSak 2: ${longest}x`), { error: "titleTooLong", line: 3 });
  });
});

describe("standing items", () => {
  it("adds both approvals on top and Eventuelt last to the reference agenda", () => {
    const items = itemsOf("Sak 3: Arbeidsgrupper\nSak 7 Runde rundt bordet – Entreprenørskap og scale-up");
    assert.deepEqual(withStandingItems(items, "nb"), [
      { title: "Godkjenning av innkalling og dagsorden" },
      { title: "Godkjenning av referat fra tidligere møter" },
      { title: "Arbeidsgrupper" },
      { title: "Runde rundt bordet – Entreprenørskap og scale-up", roundTableTopic: "Entreprenørskap og scale-up" },
      { title: "Eventuelt" },
    ]);
  });

  it("does not add an item that is already there in another case or spacing, and keeps the given order", () => {
    const items = [
      { title: "Budsjett" },
      { title: "GODKJENNING AV REFERAT  FRA TIDLIGEREMØTER " },
      { title: "eventuelt" },
      { title: "Oppsummering" },
    ];
    assert.deepEqual(
      withStandingItems(items, "nb").map((item) => item.title),
      ["Godkjenning av innkalling og dagsorden", "Budsjett", "GODKJENNING AV REFERAT  FRA TIDLIGEREMØTER ", "eventuelt", "Oppsummering"],
    );
  });

  it("adds nothing to the full reference agenda except Eventuelt", () => {
    const full = itemsOf(
      "Sak 1: Godkjenning av innkalling og dagsorden\nSak 2: Godkjenning av referat fra tidligere møter\nSak 3: Budsjett",
    );
    assert.deepEqual(
      withStandingItems(full, "nb").map((item) => item.title),
      [...full.map((item) => item.title), "Eventuelt"],
    );
  });

  it("adds «Oppfølging fra forrige møte» after the approvals only when the group has open follow-ups, and not twice", () => {
    const titles = (items: ParsedAgendaItem[], open: boolean) => withStandingItems(items, "nb", open).map((item) => item.title);
    assert.deepEqual(titles([{ title: "Budsjett" }], true), [
      "Godkjenning av innkalling og dagsorden",
      "Godkjenning av referat fra tidligere møter",
      "Oppfølging fra forrige møte",
      "Budsjett",
      "Eventuelt",
    ]);
    assert.ok(!titles([{ title: "Budsjett" }], false).includes("Oppfølging fra forrige møte"));
    assert.equal(titles([{ title: "oppfølging  fra forrige møte" }], true).filter((t) => /oppfølging/i.test(t)).length, 1);
  });

  it("uses the English standing items in English", () => {
    const result = withStandingItems([{ title: "Budget" }], "en");
    assert.deepEqual(
      result.map((item) => item.title),
      ["Approval of the notice and agenda", "Approval of the minutes of previous meetings", "Budget", "Any other business"],
    );
    assert.deepEqual(STANDING_ITEMS.nb.last, ["Eventuelt"]);
  });
});
