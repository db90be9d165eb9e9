import { AlignmentType, Document, ExternalHyperlink, Header, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { labelled, marginsOf, PAGE, pageFooter, referatStyles, withLanguage } from "../referat";
import type { Notice } from "./notice";
import { noticeTexts } from "./texts";

const hyperlink = (text: string, url: string) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: "Hyperlink" })] });

/** Word's numbering of the Saker: "Sak 1:", "Sak 2:" … before each title, hanging. */
const SAKER = "saker";

/**
 * The notice as a Word file in the referat's styles and page: "Innkalling" as its title, the
 * group and the meeting's title, Tid with the weekday, Sted with the join link, the Saker as a
 * numbered list ("Sak 1: …"), the round table and its deadline, the papers link, how to report
 * forfall; the group in the header, and the footer the referat has (sender, date, "Vår ref", "Side X av Y").
 */
export async function renderNoticeDocx(notice: Notice): Promise<Buffer> {
  const texts = noticeTexts(notice.language);
  const language = notice.language === "en" ? "en-GB" : "nb-NO";
  const children: Paragraph[] = [
    new Paragraph({ text: texts.documentTitle, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: texts.title(notice.group), bold: true })] }),
    new Paragraph({ children: [new TextRun(notice.meetingTitle)] }),
    labelled(texts.time, notice.time ?? texts.unknownTime, { before: 240 }),
    new Paragraph({
      children: [
        new TextRun({ text: `${texts.place}:`, bold: true }),
        new TextRun(` ${texts.teams}`),
        ...(notice.joinUrl ? [new TextRun(" – "), hyperlink(texts.join, notice.joinUrl)] : []),
      ],
    }),
    new Paragraph({ text: texts.items, heading: HeadingLevel.HEADING_1 }),
    ...notice.items.map((title) => new Paragraph({ text: title, numbering: { reference: SAKER, level: 0 }, spacing: { after: 80 } })),
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
  children.push(new Paragraph({ spacing: { before: 360 }, children: [new TextRun(texts.howToReportAbsence(notice.secretary))] }));

  const footerParts = [
    notice.secretary ? `${texts.sender}: ${notice.secretary}` : undefined,
    notice.date,
    notice.archiveRef ? `${texts.ourRef}: ${notice.archiveRef}` : undefined,
  ].filter((part): part is string => Boolean(part));
  const author = notice.secretary ?? notice.group;
  const document = new Document({
    creator: author,
    lastModifiedBy: author,
    title: `${texts.documentTitle} – ${notice.group}`,
    subject: notice.group,
    styles: referatStyles(language),
    numbering: {
      config: [
        {
          reference: SAKER,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: texts.itemNumbering,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 900, hanging: 900 } }, run: { bold: true } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: marginsOf(PAGE.margin) } },
        headers: {
          default: new Header({ children: [new Paragraph({ style: "Footer", alignment: AlignmentType.RIGHT, text: notice.group })] }),
        },
        footers: { default: pageFooter(footerParts, { page: texts.page, of: texts.of }) },
        children,
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(document), language);
}
