/**
 * The Word file of the reference meeting (as `npm run demo` writes it), read back part by part
 * and by an independent reader (pandoc): styles with spacing whose chains resolve, headings with
 * outline levels, the footer's fields, the properties, the draft mark, the papers hyperlink.
 */
import assert from "node:assert/strict";
import type { Document as XmlDocument } from "@xmldom/xmldom";
import { referatTexts } from "../../../src/features/referat/texts";
import type { RunningBot } from "../../../scripts/replay/running-bot";
import { docxParts, elements, pandocBlocks, pandocText, partText, stylesOf, W, type PandocBlock } from "../../support/read-docx-parts";
import { readDocx } from "../../support/read-docx";
import { readReference } from "../../support/reference-referat";
import { replayReferenceMeeting, REFERENCE_SCENARIO } from "../../support/reference-meeting";
import { loadScenario } from "../../../scripts/replay/scenario";

const reference = readReference(loadScenario(REFERENCE_SCENARIO).group.municipalities);
const SUB_HEADINGS = [
  "Gruppe 1: Internasjonal rekruttering og kompetansebygging",
  "Gruppe 2: Sirkulærøkonomi",
  "Gruppe 3: Næringsutviklingsprosjekter",
  "Gruppe 4: Kompetansebehov og læringsmuligheter",
  "Gruppe 5: Attraktivitet og tilflytting",
];
/** The points under «Gruppe 3» in the reference: one level deeper than it, never its siblings. */
const POINTS = [
  "1. Tydelighet og forutsigbarhet",
  "2. Samspill og samarbeid",
  "3. Velkomsttjeneste og etablererveiledning",
  "4. Effektive og forståelige prosesser",
  "5. Kompetanse og forståelse for næringslivet",
  "6. Aktiv tilrettelegging og kobling",
  "7. Digitalisering og tilgjengelighet",
  "8. Politisk og økonomisk støtte",
];
const PAPERS_URL = "https://www.osloregionen.no/kalender/faggruppemoter-11-september/";

describe("the demo's Word file, read back", function () {
  this.timeout(120_000);
  let running: RunningBot;
  let draft: Uint8Array;
  let approved: Uint8Array;
  let parts: Map<string, XmlDocument>;
  const part = (name: string): XmlDocument => {
    const found = parts.get(name);
    assert.ok(found, `${name} in ${[...parts.keys()].join(", ")}`);
    return found;
  };

  before(async () => {
    const replay = await replayReferenceMeeting(611);
    running = replay.running;
    const { replayed, answer } = replay;
    draft = new Uint8Array(await (await fetch(answer.docxUrl)).arrayBuffer());
    assert.equal(await replayed.flow.ask(replayed.chair, "referat godkjenn"), referatTexts("nb").approved(1));
    approved = new Uint8Array(await (await fetch(answer.docxUrl)).arrayBuffer());
    parts = await docxParts(draft);
  });
  after(() => running?.stop());

  it("every style chain resolves to a Normal defined in the file; paragraphs and headings have real spacing", () => {
    const styles = stylesOf(part("word/styles.xml"));
    assert.ok(styles.has("Normal"), "a Normal style");
    for (const style of styles.values()) {
      const seen = new Set<string>();
      for (let at = style; at.basedOn; at = styles.get(at.basedOn) ?? assert.fail(`${style.id} is based on a missing ${at.basedOn}`)) {
        assert.ok(!seen.has(at.id), `${style.id}: a loop`);
        seen.add(at.id);
      }
    }
    const spacing = (id: string) => {
      const element = elements(styles.get(id)?.element ?? assert.fail(`style ${id}`), W, "spacing")[0];
      return { before: Number(element?.getAttributeNS(W, "before") || 0), after: Number(element?.getAttributeNS(W, "after") || 0) };
    };
    assert.ok(spacing("Normal").after >= 100, "space after a paragraph");
    for (const id of ["Heading1", "Heading2", "Heading3"]) assert.ok(spacing(id).before > spacing(id).after && spacing(id).after > 0, id);
    assert.ok(
      spacing("ListParagraph").after > 0 && spacing("ListParagraph").after < spacing("Normal").after,
      "bullets closer than paragraphs",
    );
    const outline = (id: string) => elements(styles.get(id)?.element ?? assert.fail(id), W, "outlineLvl")[0]?.getAttributeNS(W, "val");
    assert.deepEqual(["Heading1", "Heading2", "Heading3"].map(outline), ["0", "1", "2"]);
  });

  it("Heading 3 for the sub-headings inside a Sak («Gruppe 1: …»), Heading 4 for the points under one («1. Tydelighet …»)", async () => {
    const { paragraphs } = await readDocx(draft);
    assert.deepEqual(
      paragraphs.filter((p) => p.style === "Heading3").map((p) => p.text),
      SUB_HEADINGS,
    );
    assert.deepEqual(
      paragraphs.filter((p) => p.style === "Heading4").map((p) => p.text),
      POINTS,
    );
    const order = paragraphs.map((p) => p.text);
    assert.ok(order.indexOf("Gruppe 3: Næringsutviklingsprosjekter") < order.indexOf(POINTS[0] ?? "-"), "the points follow Gruppe 3");
    assert.ok(order.indexOf(POINTS.at(-1) ?? "-") < order.indexOf("Gruppe 4: Kompetansebehov og læringsmuligheter"));
    assert.ok(
      paragraphs.some((p) => p.style === "" && p.text.startsWith("Faggruppen gikk igjennom")),
      "an introduction stays a paragraph",
    );
    const sak6 = paragraphs.find((p) => p.text === "Sender mer informasjon til medlemmene når det lanseres.");
    assert.ok(sak6 && sak6.bulletLevel === undefined && !sak6.style.startsWith("Heading"), "Sak 6: a paragraph after the bullet");
  });

  it("a footer on every page: Referent, the date and «Side X av Y» as PAGE and NUMPAGES fields", () => {
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
    assert.equal(footers.length, 1);
    const { text, fields } = partText(part(footers[0] ?? ""));
    assert.match(text, /^Referent: Mari Strømsvåg · 11\. september 2025\s*Side {2}av $/);
    assert.deepEqual(
      fields.map((f) => f.split(/\s+/)[0]),
      ["PAGE", "NUMPAGES"],
    );
    const section = elements(part("word/document.xml"), W, "sectPr")[0];
    assert.ok(section && elements(section, W, "footerReference").some((r) => r.getAttributeNS(W, "type") === "default"));
    const size = elements(section, W, "pgSz")[0];
    assert.deepEqual([size?.getAttributeNS(W, "w"), size?.getAttributeNS(W, "h")], ["11906", "16838"], "A4");
  });

  it("document properties: title, subject (the group), creator and language", () => {
    const core = part("docProps/core.xml");
    const value = (name: string) => core.getElementsByTagName(name).item(0)?.textContent;
    assert.equal(value("dc:title"), "Referat fra Osloregionens faggruppe for Næringssamarbeid");
    assert.equal(value("dc:subject"), "Osloregionens faggruppe for Næringssamarbeid");
    assert.equal(value("dc:creator"), "Mari Strømsvåg");
    assert.equal(value("dc:language"), "nb-NO");
  });

  it("«UTKAST» in the header of a draft; the approved version has no mark and «Godkjent ‹dato›» in its footer", async () => {
    const headerText = (docx: Map<string, XmlDocument>) =>
      [...docx.keys()]
        .filter((name) => /^word\/header\d*\.xml$/.test(name))
        .map((name) => partText(docx.get(name) as XmlDocument).text)
        .join(" ");
    assert.equal(headerText(parts).trim(), "UTKAST");
    const approvedParts = await docxParts(approved);
    assert.ok(!headerText(approvedParts).includes("UTKAST"));
    assert.ok(!JSON.stringify((await readDocx(approved)).paragraphs).includes("UTKAST"));
    const footer = [...approvedParts.keys()].find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? "";
    assert.match(partText(approvedParts.get(footer) as XmlDocument).text, /· Godkjent \d{1,2}\. \p{L}+ \d{4}/u);
  });

  it("the papers link is a real hyperlink, and the introduction stands before «Tilstede på møtet»", async () => {
    const rels = elements(
      part("word/_rels/document.xml.rels"),
      "http://schemas.openxmlformats.org/package/2006/relationships",
      "Relationship",
    );
    const link = rels.find((r) => r.getAttribute("Target") === PAPERS_URL);
    assert.ok(link, "a relationship to the papers URL");
    assert.equal(link.getAttribute("TargetMode"), "External");
    assert.match(link.getAttribute("Type") ?? "", /\/hyperlink$/);
    const hyperlinks = elements(part("word/document.xml"), W, "hyperlink");
    assert.ok(hyperlinks.some((h) => h.getAttribute("r:id") === link.getAttribute("Id")));
    const texts = (await readDocx(draft)).paragraphs.map((p) => p.text);
    const intro = texts.findIndex((t) => t.startsWith("Møtet i faggruppen ble gjennomført som to deler"));
    const papers = texts.indexOf("Sakspapirer og underlag ble publisert her: Faggruppemøter, 11. september 2025 - Osloregionen");
    assert.ok(texts.indexOf("Sted: Teams") < intro && intro < papers && papers < texts.indexOf("Tilstede på møtet:"), texts.join("\n"));
  });

  it("pandoc agrees: Sak headings level 1, municipalities 2, sub-headings 3, their points 4, bullets as lists", async () => {
    const blocks = await pandocBlocks(draft);
    const headings = (level: number) =>
      blocks.filter((b) => b.t === "Header" && (b.c as unknown[])[0] === level).map((b) => pandocText((b.c as unknown[])[2]));
    assert.deepEqual(
      headings(1),
      reference.items.map((item) => `Sak ${item.number}: ${item.title}`),
    );
    assert.deepEqual(headings(2), reference.roundTableHeadings);
    assert.deepEqual(headings(3), SUB_HEADINGS);
    assert.deepEqual(headings(4), POINTS);
    const items = (list: PandocBlock): number => (list.c as PandocBlock[][]).length;
    const bullets = blocks.filter((b) => b.t === "BulletList").reduce((sum, list) => sum + items(list), 0);
    assert.equal(bullets, reference.items.reduce((sum, item) => sum + item.bullets, 0) + reference.present.length);
    const links = JSON.stringify(blocks).match(new RegExp(PAPERS_URL.replace(/[/.]/g, "\\$&"), "g")) ?? [];
    assert.equal(links.length, 1, "the papers link, once");
  });
});
