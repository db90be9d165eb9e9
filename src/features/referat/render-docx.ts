import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { referatLabels, type ReferatLabels } from "./texts";
import type { Bullet } from "../../shared/bullet-text";
import type { Block, Referat } from "./referat";
import { PAGE, referatStyles, TEXT_WIDTH } from "./docx-styles";
import { labelled, marginsOf, pageFooter, withLanguage } from "./docx-parts";
import { followUpLine, followUpOrigin, followUpStatusWord } from "./follow-up-lines";

/** What the file says of its version: a draft carries "UTKAST" on every page; an approved one its date in the footer. */
export type DocxStatus = { approved: false } | { approved: true; on: string };

/**
 * The referat as a Word document a secretary can send as it is: real headings (Tittel;
 * Overskrift 1 for each Sak, 2 for each municipality, 3 for a sub-heading inside a Sak), real
 * bullet lists, a footer with the referent, the date, the archive reference and "Side X av Y"
 * (fields), and the document's title, subject, author and language. The docx library escapes text for XML.
 */
export async function renderDocx(referat: Referat, status: DocxStatus = { approved: false }): Promise<Buffer> {
  const labels = referatLabels(referat.language);
  const language = referat.language === "en" ? "en-GB" : "nb-NO";
  const document = new Document({
    creator: referat.secretary ?? "Møtebot",
    lastModifiedBy: "Møtebot",
    title: referat.title,
    ...(referat.group ? { subject: referat.group } : {}),
    description: status.approved ? labels.approvedOn(status.on) : labels.draftMark,
    styles: referatStyles(language),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: marginsOf(PAGE.margin) } },
        ...(status.approved ? {} : { headers: { default: draftHeader(labels) } }),
        footers: { default: footer(referat, labels, status) },
        children: body(referat, labels),
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(document), language);
}

function body(referat: Referat, labels: ReferatLabels): Array<Paragraph | Table> {
  const language = referat.language;
  const children: Array<Paragraph | Table> = [new Paragraph({ text: referat.title, heading: HeadingLevel.TITLE })];
  if (referat.time) children.push(labelled(labels.time, referat.time));
  children.push(labelled(labels.place, referat.place));
  if (referat.intro) children.push(new Paragraph({ children: [new TextRun(referat.intro)], spacing: { before: 240 } }));
  if (referat.papers) {
    const link = new ExternalHyperlink({
      link: referat.papers.url,
      children: [new TextRun({ text: referat.papers.text, style: "Hyperlink" })],
    });
    children.push(new Paragraph({ children: [new TextRun(`${labels.papers}: `), link] }));
  }
  if (referat.present.length > 0) {
    children.push(labelled(labels.present, "", { before: 240 }), ...referat.present.map((name) => bullet([new TextRun(name)], 0)));
  }
  const absent = referat.absent.map((a) => (a.reason ? `${a.name} (${a.reason})` : a.name)).join(", ");
  if (absent) children.push(labelled(labels.absent, absent, { before: 120 }));
  if (referat.guests.length > 0) children.push(labelled(labels.guests, referat.guests.join(", ")));
  if (referat.chair) {
    const chair = referat.chair.title ? `${referat.chair.name}, ${referat.chair.title}` : referat.chair.name;
    children.push(labelled(labels.chair, chair, { before: 120 }));
  }
  if (referat.secretary) children.push(labelled(labels.secretary, referat.secretary));
  for (const item of referat.items) {
    children.push(new Paragraph({ text: labels.item(item.number, item.title), heading: HeadingLevel.HEADING_1 }));
    children.push(...item.blocks.flatMap((block) => blockParagraphs(block, labels.decision)));
    for (const f of item.carried ?? []) {
      const status = new TextRun({ text: followUpStatusWord(f, language), bold: true });
      children.push(bullet([new TextRun(`${followUpLine(f, language)} (${followUpOrigin(f)}): `), status], 0));
    }
    for (const section of item.roundTable?.sections ?? []) {
      const heading = section.names ? `${section.municipality} – ${section.names}` : section.municipality;
      children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2 }));
      children.push(...section.bullets.flatMap((b) => bulletParagraphs(b)));
    }
    // A paragraph each, after the Sak's lists: never read as one more item of the list above.
    for (const f of item.followUps ?? []) {
      const lead = new TextRun({ text: `${labels.followUp}: `, bold: true });
      children.push(new Paragraph({ children: [lead, new TextRun(followUpLine(f, language))], spacing: { before: 120 } }));
    }
  }
  if (referat.openFollowUps) {
    children.push(new Paragraph({ text: labels.followUpsSection, heading: HeadingLevel.HEADING_1 }));
    children.push(followUpTable(referat, labels));
  }
  return children;
}

/** "Oppfølgingspunkter": a real table (Sak, Oppfølging, Ansvarlig, Frist), its header row repeated on each page. */
function followUpTable(referat: Referat, labels: ReferatLabels): Table {
  const followUps = referat.openFollowUps ?? [];
  // Where it was made: "Sak 3: Arbeidsgrupper"; the meeting's date only when it is another meeting than this one.
  const rows = followUps.map((f) => [
    f.meetingDate === referat.date ? f.item : `${f.item} (${f.meetingDate})`,
    f.text,
    f.responsible ?? "",
    f.deadline ?? "",
  ]);
  const widths = columnWidths([labels.followUpColumns, ...rows]);
  const cell = (text: string, column: number, header = false) =>
    new TableCell({
      width: { size: widths[column] ?? 25, type: WidthType.PERCENTAGE },
      margins: { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN },
      ...(header ? { shading: { fill: "D9E2F3" } } : {}),
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: header })] })],
    });
  const header = new TableRow({ tableHeader: true, children: labels.followUpColumns.map((title, column) => cell(title, column, true)) });
  const body = rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column)) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

const CELL_MARGIN = 100;
/** Arial 11 pt averages about 5.5 pt a character; a cell adds its margins (twips / 20 = pt). */
const percentFor = (characters: number): number => ((characters * 5.5 + (2 * CELL_MARGIN) / 20 + 4) / (TEXT_WIDTH / 20)) * 100;

/**
 * Widths by content: Frist as wide as its longest date (a date never wraps), Ansvarlig as its
 * longest text up to a quarter of the page, and the rest shared 2 : 3 by Sak and Oppfølging.
 */
function columnWidths(rows: string[][]): number[] {
  const longest = (column: number): number => Math.max(...rows.map((row) => (row[column] ?? "").length));
  const deadline = percentFor(longest(3));
  const responsible = Math.min(percentFor(longest(2)), 25);
  const rest = 100 - deadline - responsible;
  return [rest * 0.4, rest * 0.6, responsible, deadline].map((width) => Math.round(width * 10) / 10);
}

function draftHeader(labels: ReferatLabels): Header {
  return new Header({ children: [new Paragraph({ style: "Header", alignment: AlignmentType.RIGHT, text: labels.draftMark })] });
}

/** "Referent: Mari Strømsvåg · 11. september 2025 · Vår ref: 25/01234" left, "Side 1 av 5" right, above a thin rule. */
function footer(referat: Referat, labels: ReferatLabels, status: DocxStatus): Footer {
  const left = [
    referat.secretary ? `${labels.referent}: ${referat.secretary}` : undefined,
    referat.date,
    referat.archiveRef ? `${labels.ourRef}: ${referat.archiveRef}` : undefined,
    status.approved ? labels.approvedOn(status.on) : undefined,
  ].filter((part): part is string => Boolean(part));
  return pageFooter(left, { page: labels.page, of: labels.of });
}

function bullet(children: ParagraphChild[], level: 0 | 1): Paragraph {
  return new Paragraph({ children, bullet: { level } });
}

function bulletParagraphs(item: Bullet, lead: ParagraphChild[] = []): Paragraph[] {
  return [bullet([...lead, new TextRun(item.text)], 0), ...item.children.map((child) => bullet([new TextRun(child)], 1))];
}

function blockParagraphs(block: Block, decisionLabel: string): Paragraph[] {
  // Space above, so a paragraph after a list does not sit on its last bullet.
  if (block.kind === "paragraph") return [new Paragraph({ children: [new TextRun(block.text)], spacing: { before: 120 } })];
  if (block.kind === "heading") {
    return [new Paragraph({ text: block.text, heading: block.level === 4 ? HeadingLevel.HEADING_4 : HeadingLevel.HEADING_3 })];
  }
  return bulletParagraphs(block, block.decision ? [new TextRun({ text: `${decisionLabel}: `, bold: true })] : []);
}
