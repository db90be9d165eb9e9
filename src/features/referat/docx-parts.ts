import { Footer, PageNumber, Paragraph, TabStopType, TextRun } from "docx";
import { TEXT_WIDTH } from "./docx-styles";
import JSZip from "jszip";

/** The documents' page: margins all round, header and footer 1 cm from the edge. */
export const marginsOf = (margin: number) => ({ top: margin, bottom: margin, left: margin, right: margin, header: 567, footer: 567 });

/** "Tid: 11. september 2025" with the label in bold; an empty value leaves a lead-in kept with what follows. */
export function labelled(label: string, value: string, spacing?: { before: number }): Paragraph {
  return new Paragraph({
    ...(spacing ? { spacing } : {}),
    keepNext: value === "",
    children: [new TextRun({ text: `${label}:`, bold: true }), ...(value ? [new TextRun(` ${value}`)] : [])],
  });
}

/** The docx library writes no `dc:language`: added to the document's properties here. */
export async function withLanguage(file: Buffer, language: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const core = await zip.file("docProps/core.xml")?.async("string");
  if (!core || core.includes("<dc:language>")) return file;
  zip.file("docProps/core.xml", core.replace("</cp:coreProperties>", `<dc:language>${language}</dc:language></cp:coreProperties>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The documents' footer: `left` joined by " · " ("Referent: …", the date, "Vår ref: …"), "Side 1 av 5" right, above a thin rule. */
export function pageFooter(left: string[], page: { page: string; of: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: "Footer",
        border: { top: { style: "single", size: 4, color: "A6A6A6", space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun(left.join(" · ")),
          new TextRun({ children: ["\t", `${page.page} `, PageNumber.CURRENT, ` ${page.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
