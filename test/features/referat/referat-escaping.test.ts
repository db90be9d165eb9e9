import assert from "node:assert/strict";
import { clean } from "../../../src/features/referat/build-referat";
import type { Referat } from "../../../src/features/referat/referat";
import { renderDocx } from "../../../src/features/referat/render-docx";
import { renderMarkdown } from "../../../src/features/referat/render-markdown";
import { readDocx } from "../../support/read-docx";
import { htmlBlocksIn, readMarkdown } from "../../support/read-markdown";

/** What users type that would be markup in one format or another. */
const HOSTILE = [
  "**fet** _kursiv_ `kode` ~~stryk~~",
  "[lenke](https://evil.example) ![bilde](https://evil.example/x.png) <https://evil.example>",
  "<b>html</b> <script>alert(1)</script> &amp; &lt; & < >",
  "# ikke en overskrift",
  "---",
  "=== ",
  "> ikke sitat",
  "1. ikke en liste",
  "- ikke et punkt",
  "+ heller ikke",
  "    ikke kode",
  "| ikke | tabell |",
  "\\* bakstrek \\",
  "<w:p><w:r><w:t>xml</w:t></w:r></w:p> ]]> <!-- kommentar -->",
  "${name} {{mal}} $root",
  "«Business» – “sitat” – 25–30 – æøå ÆØÅ 🎉",
];

const referat: Referat = {
  language: "nb",
  title: `Referat fra ${HOSTILE[0]}`,
  time: "11. september 2025, kl. 10:00-12:30",
  place: "Teams",
  present: HOSTILE,
  absent: [{ name: HOSTILE[2] ?? "", reason: HOSTILE[1] ?? "" }],
  guests: [HOSTILE[3] ?? ""],
  chair: { name: HOSTILE[6] ?? "", title: HOSTILE[13] ?? "" },
  secretary: HOSTILE[14] ?? "",
  items: [
    {
      number: 1,
      title: HOSTILE[4] ?? "",
      blocks: [
        ...HOSTILE.map((text) => ({ kind: "paragraph" as const, text })),
        ...HOSTILE.map((text) => ({ kind: "bullet" as const, text, children: [text], decision: true as const })),
      ],
      roundTable: {
        sections: [
          { municipality: HOSTILE[7] ?? "", names: HOSTILE[8] ?? "", bullets: HOSTILE.map((text) => ({ text, children: [text] })) },
        ],
        missing: [],
      },
    },
  ],
};

describe("text users typed comes out literally in every format", () => {
  it("Markdown: a CommonMark reader sees exactly the typed text, and no link, image, HTML, heading, rule, quote or code", () => {
    const markdown = renderMarkdown(referat);
    const blocks = readMarkdown(markdown);
    assert.equal(htmlBlocksIn(markdown), 0, markdown);
    for (const block of blocks) {
      assert.equal(block.links, 0, block.text);
      assert.equal(block.html, 0, block.text);
    }
    const texts = blocks.map((b) => b.text);
    const trimmed = HOSTILE.map((t) => t.trim());
    for (const typed of trimmed) {
      assert.ok(
        texts.filter((t) => t === typed).length >= 3,
        `"${typed}" literally as paragraph, bullet child and round-table bullet:\n${texts.join("\n")}`,
      );
    }
    assert.ok(texts.includes(`Vedtak: ${trimmed[0]}`));
    assert.ok(texts.includes(`Referat fra ${trimmed[0]}`));
    assert.ok(texts.includes(`${trimmed[7]} – ${trimmed[8]}`));
    // Only the referat's own bold: title, labels, headings, "Vedtak:".
    assert.ok(
      blocks.every((b) => b.strong <= 1),
      "user text added no bold",
    );
  });

  it("Word: the XML parses and holds the typed text, character for character", async () => {
    const { paragraphs } = await readDocx(await renderDocx(referat));
    const texts = paragraphs.map((p) => p.text);
    for (const typed of HOSTILE) assert.ok(texts.filter((t) => t === typed).length >= 3, `"${typed}" in the Word file`);
    assert.ok(texts.includes(`Referat fra ${HOSTILE[0]}`));
  });

  it("the introduction and the papers link's text stay literal; the link is the only one, to the given URL", async () => {
    const typed = HOSTILE[1] ?? "";
    const url = "https://www.osloregionen.no/sak(1)/[2]";
    const withDetails: Referat = { ...referat, intro: `${HOSTILE[0]} ${typed}`, papers: { url, text: `${typed} ]] [[ x\\[ y\\` } };
    const markdown = renderMarkdown(withDetails);
    const blocks = readMarkdown(markdown);
    assert.ok(blocks.some((b) => b.text === `${HOSTILE[0]} ${typed}` && b.links === 0));
    const linked = blocks.filter((b) => b.links > 0);
    assert.equal(linked.length, 1, markdown);
    assert.equal(linked[0]?.links, 1);
    assert.equal(linked[0]?.text, `Sakspapirer og underlag ble publisert her: ${typed} ]] [[ x\\[ y\\`);
    const { paragraphs } = await readDocx(await renderDocx(withDetails));
    assert.ok(paragraphs.some((p) => p.text === `Sakspapirer og underlag ble publisert her: ${typed} ]] [[ x\\[ y\\`));
  });

  it("control characters and broken surrogates are dropped before any format sees them", async () => {
    assert.equal(clean("a\u0000b\u0007c\u001Fd\ttab\nline\uD800e\uDFFFf😀"), "abcd\ttab\nline\uFFFDe\uFFFDf😀");
    const { paragraphs } = await readDocx(await renderDocx({ ...referat, present: [clean("Ola\u0001 Nordmann\uD83D")] }));
    assert.ok(paragraphs.some((p) => p.text === "Ola Nordmann\uFFFD"));
  });
});
