import { LineRuleType, type IStylesOptions } from "docx";

/**
 * Arial exists on Windows and macOS; on Linux, LibreOffice shows it with Liberation Sans, which
 * has the same metrics, so lines and pages break alike everywhere.
 */
export const FONT = "Arial";

/** Half-points (docx sizes) and twentieths of a point (spacing). */
const pt = (points: number): number => points * 20;
const halfPt = (points: number): number => points * 2;

/** A4 with 2.5 cm margins, in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: FONT, size: halfPt(size), bold: true, color: "1F3864" },
  paragraph: { spacing: { before: pt(before), after: pt(after) }, keepNext: true, keepLines: true, outlineLevel },
});

/**
 * The referat's styles, every chain resolving to a `Normal` defined here: body text 11 pt with
 * 6 pt after each paragraph and 1.15 line spacing; a title that fits two lines on A4; headings
 * with space above, kept with what follows and carrying outline levels (navigation pane,
 * Navigator, screen readers); bullets closer together than paragraphs.
 */
export function referatStyles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: halfPt(11), language: { value: language } }, paragraph: { spacing: { after: pt(6) } } },
      title: {
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: halfPt(20), bold: true, color: "1F3864" },
        paragraph: { spacing: { after: pt(12), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      heading1: heading(14, 18, 6, 0),
      heading2: heading(12, 12, 4, 1),
      heading3: { ...heading(11, 10, 3, 2), run: { font: FONT, size: halfPt(11), bold: true, italics: true, color: "1F3864" } },
      // A numbered point under a Heading 3: indented under it, not bold, so it never reads as its sibling.
      heading4: {
        ...heading(11, 8, 2, 3),
        run: { font: FONT, size: halfPt(11), bold: false, color: "1F3864" },
        paragraph: { spacing: { before: pt(8), after: pt(2) }, indent: { left: 360 }, keepNext: true, keepLines: true, outlineLevel: 3 },
      },
      listParagraph: { basedOn: "Normal", paragraph: { spacing: { after: pt(3) } } },
      hyperlink: { run: { color: "0563C1", underline: {} } },
    },
    // The library's Hyperlink style is based on it, as Word's own is.
    characterStyles: [
      { id: "DefaultParagraphFont", name: "Default Paragraph Font", uiPriority: 1, semiHidden: true, unhideWhenUsed: true },
    ],
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: { font: FONT, size: halfPt(11), language: { value: language } },
        paragraph: { spacing: { after: pt(6), line: 276, lineRule: LineRuleType.AUTO } },
      },
      {
        id: "Footer",
        name: "footer",
        basedOn: "Normal",
        run: { size: halfPt(9), color: "595959" },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: "Header",
        name: "header",
        basedOn: "Normal",
        run: { size: halfPt(10), bold: true, color: "C00000" },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
