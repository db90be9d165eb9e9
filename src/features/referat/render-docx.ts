import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { referatLabels } from "./texts";
import type { Bullet } from "../../shared/bullet-text";
import type { Block, Referat } from "./referat";

/**
 * The referat as a Word document: real headings (Tittel, Overskrift 1 for each Sak,
 * Overskrift 2 for each municipality) and real bullet lists, so the secretary can restyle
 * it with the organisation's template. The docx library escapes text for XML.
 */
export async function renderDocx(referat: Referat): Promise<Buffer> {
  const labels = referatLabels(referat.language);
  const children: Paragraph[] = [new Paragraph({ text: referat.title, heading: HeadingLevel.TITLE })];
  if (referat.time) children.push(labelled(labels.time, referat.time));
  children.push(labelled(labels.place, referat.place));
  if (referat.present.length > 0) {
    children.push(labelled(labels.present, ""), ...referat.present.map((name) => bullet([new TextRun(name)], 0)));
  }
  if (referat.absent.length > 0) {
    children.push(labelled(labels.absent, referat.absent.map((a) => (a.reason ? `${a.name} (${a.reason})` : a.name)).join(", ")));
  }
  if (referat.guests.length > 0) children.push(labelled(labels.guests, referat.guests.join(", ")));
  if (referat.chair)
    children.push(labelled(labels.chair, referat.chair.title ? `${referat.chair.name}, ${referat.chair.title}` : referat.chair.name));
  if (referat.secretary) children.push(labelled(labels.secretary, referat.secretary));
  for (const item of referat.items) {
    children.push(new Paragraph({ text: labels.item(item.number, item.title), heading: HeadingLevel.HEADING_1 }));
    children.push(...item.blocks.flatMap((block) => blockParagraphs(block, labels.decision)));
    for (const section of item.roundTable?.sections ?? []) {
      const heading = section.names ? `${section.municipality} – ${section.names}` : section.municipality;
      children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2 }));
      children.push(...section.bullets.flatMap((b) => bulletParagraphs(b)));
    }
  }
  const document = new Document({
    creator: "Møtebot",
    title: referat.title,
    styles: {
      default: { document: { run: { font: "Calibri", size: 22, language: { value: referat.language === "en" ? "en-GB" : "nb-NO" } } } },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}:`, bold: true }), ...(value ? [new TextRun(` ${value}`)] : [])],
  });
}

function bullet(children: ParagraphChild[], level: 0 | 1): Paragraph {
  return new Paragraph({ children, bullet: { level } });
}

function bulletParagraphs(item: Bullet, lead: ParagraphChild[] = []): Paragraph[] {
  return [bullet([...lead, new TextRun(item.text)], 0), ...item.children.map((child) => bullet([new TextRun(child)], 1))];
}

function blockParagraphs(block: Block, decisionLabel: string): Paragraph[] {
  if (block.kind === "paragraph") return [new Paragraph({ children: [new TextRun(block.text)] })];
  return bulletParagraphs(block, block.decision ? [new TextRun({ text: `${decisionLabel}: `, bold: true })] : []);
}
