import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { labelled, marginsOf, PAGE, referatStyles, withLanguage } from "../referat";
import type { Notice } from "./notice";
import { noticeTexts } from "./texts";

const hyperlink = (text: string, url: string) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: "Hyperlink" })] });

/** The notice as a Word file in the referat's styles: "Innkalling" as its title, then the same content as the card. */
export async function renderNoticeDocx(notice: Notice): Promise<Buffer> {
  const texts = noticeTexts(notice.language);
  const language = notice.language === "en" ? "en-GB" : "nb-NO";
  const children: Paragraph[] = [
    new Paragraph({ text: texts.documentTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: texts.title(notice.group), bold: true })] }),
    labelled(texts.time, notice.time ?? texts.unknownTime, { before: 120 }),
    new Paragraph({
      children: [
        new TextRun({ text: `${texts.place}:`, bold: true }),
        new TextRun(` ${texts.teams}`),
        ...(notice.joinUrl ? [new TextRun(" – "), hyperlink(texts.join, notice.joinUrl)] : []),
      ],
    }),
    new Paragraph({ text: texts.items, heading: HeadingLevel.HEADING_1 }),
    ...notice.items.map((title, index) => new Paragraph({ text: texts.item(index + 1, title), spacing: { after: 120 } })),
  ];
  if (notice.roundTable) {
    children.push(new Paragraph({ text: texts.roundTable, heading: HeadingLevel.HEADING_2 }));
    if (notice.roundTable.topic) children.push(new Paragraph({ text: notice.roundTable.topic }));
    children.push(labelled(texts.deadline, notice.roundTable.deadline ?? texts.noDeadline));
  }
  if (notice.papers) {
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [new TextRun({ text: `${texts.papers}: `, bold: true }), hyperlink(notice.papers.text, notice.papers.url)],
      }),
    );
  }
  const document = new Document({
    creator: "Møtebot",
    lastModifiedBy: "Møtebot",
    title: `${texts.documentTitle} – ${notice.group}`,
    subject: notice.group,
    styles: referatStyles(language),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: marginsOf(PAGE.margin) } },
        children,
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(document), language);
}
