import assert from "node:assert/strict";
import { literal } from "../../src/shared/markdown-literal";
import type { Referat } from "../../src/features/referat/referat";
import { renderMarkdown } from "../../src/features/referat/render-markdown";
import { readMarkdown } from "../support/read-markdown";

/** Ordinary Norwegian text from referats and agendas: nothing in it acts as Markdown, so nothing may be escaped. */
const PLAIN = [
  "Møtet ble holdt 11. september 2025.",
  "Neste møte er 4. desember kl. 09:00.",
  "Tid: 11. september 2025, kl. 10:00-12:30",
  "Forfall: Liv Berg (Syk)",
  "Ruter om nye bussruter & matebusser",
  "Andelen økte med 30 % fra 2024 til 2025.",
  "Sak 3 – høring om regional plan",
  "Frist 1. mars, deretter behandling i Q2.",
  "Arrangerer Nordisk VR-forum (13.–15. oktober).",
  "25–30 virksomheter deltar årlig.",
  "Åpner nytt gründerhus (LiHus) på 1500 kvm i sentrum.",
  "Behov for næringsbudsjett – man må ha “litt olje til maskineriet”.",
  "Fokus på «Business Friendly Climate» i kommunene.",
  "Kostnad ca. 250 000 kr (eks. mva.).",
  "Se punkt 2. i innkallingen.",
  "Vi har 3 av 10 kommuner på plass; resten kommer.",
  "Oppmøte kl. 07:30 ved hovedinngangen.",
  "Budsjett: 1,5 mill. – fordelt på 2 år.",
  "Møtet varte fra 10:00 til 12:30 (2,5 t).",
  "Spørsmål? Send e-post til post@osloregionen.no.",
  "Hamar/Elverum samarbeider om dette.",
  "Ca. 5 * 2 timer i uken brukes på koordinering.",
  "Status: 100 % fullført!",
  "Mer info på https://www.osloregionen.no/kalender",
  "Kommunen må være enkel å forholde seg til.",
  "Næringsavdeling og planavdeling må fremstå samstemt.",
  "Oslo < Bærum i antall nyetableringer per innbygger.",
  "Antall deltakere > 40 i år.",
  "Referat fra 20. mars og ekstra møte 13. juni ble godkjent.",
  "NMBU skal være navet for innovasjon.",
  "Sparebank 1-stiftelsen har støttet oppussing av “gården” i Moss.",
  "Jobber med innovasjonsdistrikt i Fornebu/Lysaker (fase 1).",
  "Variabel_navn og filnavn_v2.docx nevnt i møtet.",
  "Kl. 12.00 – lunsj; kl. 13.00 – gruppearbeid.",
  "Q4: lansering av e-kurs #2 for arbeidsinnvandrere.",
];

/** Lines that would be markup at the start of a line, but not after other text. */
const MARKER_STARTS = ["1. Tydelighet og forutsigbarhet", "- tankestrek", "# emneknagg", "> 40 deltakere", "+ tillegg"];

function referatWith(lines: string[]): Referat {
  return {
    language: "nb",
    title: "Referat fra faggruppen",
    place: "Teams",
    present: [],
    absent: lines.map((name) => ({ name, reason: name })),
    guests: [],
    items: [{ number: 1, title: "Saken", blocks: lines.map((text) => ({ kind: "bullet" as const, text, children: [text] })) }],
  };
}

describe("chat Markdown escapes only what would act", () => {
  it(`${PLAIN.length} plain Norwegian sentences go out unchanged, at a line start and after a label`, () => {
    assert.ok(PLAIN.length >= 30);
    for (const sentence of PLAIN) {
      assert.equal(literal(sentence), sentence);
      assert.equal(literal(sentence, "inline"), sentence);
    }
  });

  it("they stand unchanged in the referat's chat Markdown, as bullets, sub-bullets and after «Forfall:»", () => {
    const markdown = renderMarkdown(referatWith(PLAIN));
    for (const sentence of PLAIN) {
      assert.ok(markdown.includes(`\n- ${sentence}\n  - ${sentence}\n`), `${sentence} in\n${markdown}`);
      assert.ok(markdown.includes(`${sentence} (${sentence})`), sentence);
    }
    assert.ok(markdown.includes("**Forfall:** Møtet ble holdt 11. september 2025."));
    assert.ok(!markdown.includes("\\"), "not a single backslash");
  });

  it("a numbered or marked start is escaped at the start of a line only", () => {
    for (const line of MARKER_STARTS) {
      assert.notEqual(literal(line), line);
      assert.equal(literal(line, "inline"), line);
      assert.deepEqual(
        readMarkdown(literal(line)).map((b) => [b.kind, b.text]),
        [["paragraph", line]],
      );
      assert.equal(literal(`Neste linje:\n${line}`, "inline"), `Neste linje:\n${literal(line)}`);
    }
    assert.equal(literal("1. Tydelighet"), "1\\. Tydelighet");
  });

  it("escapes what would act: emphasis that could pair, links, tags, entities, code, card date functions", () => {
    const cases: Array<[string, string]> = [
      ["**fet**", "\\*\\*fet\\*\\*"],
      ["_kursiv_ men snake_case", "\\_kursiv\\_ men snake_case"],
      ["~~stryk~~", "\\~\\~stryk\\~\\~"],
      ["[lenke](https://x.no)", "\\[lenke\\](https://x.no)"],
      ["<b>x</b> og < 5", "\\<b>x\\</b> og < 5"],
      ["&amp; og &#38; men ikke R&D eller & alene", "&amp;amp; og &amp;#38; men ikke R&D eller & alene"],
      ["`kode` og `mer`", "\\`kode\\` og \\`mer\\`"],
      ["én ` alene", "én ` alene"],
      ["{{DATE(2025-01-01T00:00:00Z,SHORT)}}", "\\{\\{DATE(2025-01-01T00:00:00Z,SHORT)\\}\\}"],
      ["C:\\mappe og \\*", "C:\\mappe og \\\\*"],
      ["---", "\\---"],
      ["===", "\\==="],
    ];
    for (const [typed, expected] of cases) assert.equal(literal(typed), expected, typed);
  });

  it("every escaped text reads back as typed under a CommonMark reader", () => {
    const texts = [
      ...PLAIN,
      ...MARKER_STARTS,
      "**fet** _k_ ~~s~~ `c` [l](https://x.no) <b>x</b> &amp; \\* {{x}}",
      "a*b*c og 2*3*4",
      "***",
      "__init__",
    ];
    for (const typed of texts) {
      const blocks = readMarkdown(literal(typed));
      assert.equal(blocks.map((b) => b.text).join(" "), typed, literal(typed));
      assert.ok(
        blocks.every((b) => b.links + b.html + b.strong === 0),
        typed,
      );
    }
  });
});

describe("chat Markdown: the rules at each line start, and entities", () => {
  it("every line of a multi-line text is escaped where it stands: emphasis and a link on the second line stay text", () => {
    assert.equal(literal("Første linje\n**fet** og [lenke](https://x.no)"), "Første linje\n\\*\\*fet\\*\\* og \\[lenke\\](https://x.no)");
    assert.equal(literal("Innledning\n- punkt", "inline"), "Innledning\n\\- punkt", "inline: the second line starts a line");
  });

  it("a heading marker of one to six # starts a heading and is escaped; seven do not and stay", () => {
    for (let level = 1; level <= 6; level++) assert.equal(literal(`${"#".repeat(level)} Overskrift`), `\\${"#".repeat(level)} Overskrift`);
    assert.equal(literal("####### Overskrift"), "####### Overskrift");
  });

  it("a numbered start of one to nine digits starts a list and is escaped; ten digits do not and stay", () => {
    assert.equal(literal("10. punkt"), "10\\. punkt");
    assert.equal(literal("123456789) punkt"), "123456789\\) punkt");
    assert.equal(literal("1234567890. punkt"), "1234567890. punkt");
  });

  it("an & that would form a decimal, hex or named entity becomes &amp;; one that would not stays", () => {
    assert.equal(literal("&#x26;"), "&amp;#x26;");
    assert.equal(literal("&#38;"), "&amp;#38;");
    assert.equal(literal("&amp;"), "&amp;amp;");
    assert.equal(literal("R&D og &#xZZ;"), "R&D og &#xZZ;");
  });
});
