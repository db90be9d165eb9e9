import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxParagraph {
  /** `Title`, `Heading1`, `Heading2`, `ListParagraph`…, or "" for a plain paragraph. */
  style: string;
  /** The list level of a bullet (0, 1), undefined for paragraphs that are not list items. */
  bulletLevel?: number;
  text: string;
  boldRuns: string[];
}

/** Opens a .docx the way Word would start to: the zip, its content types, and `word/document.xml` parsed as XML. */
export async function readDocx(file: Uint8Array): Promise<{ paragraphs: DocxParagraph[]; parts: string[] }> {
  const zip = await JSZip.loadAsync(file);
  const parts = Object.keys(zip.files);
  const contentTypes = await zip.file("[Content_Types].xml")?.async("string");
  if (!contentTypes?.includes("/word/document.xml")) throw new Error("no main document part in [Content_Types].xml");
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml");
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(
    xml,
    "text/xml",
  );
  if (errors.length > 0) throw new Error(`word/document.xml is not well-formed: ${errors.join("; ")}`);
  const paragraphs: DocxParagraph[] = [];
  const nodes = document.getElementsByTagNameNS(W, "p");
  for (let i = 0; i < nodes.length; i++) {
    const p = nodes.item(i);
    if (!p) continue;
    const style = p.getElementsByTagNameNS(W, "pStyle").item(0)?.getAttributeNS(W, "val") ?? "";
    const level = p.getElementsByTagNameNS(W, "numPr").item(0)?.getElementsByTagNameNS(W, "ilvl").item(0)?.getAttributeNS(W, "val");
    const runs = p.getElementsByTagNameNS(W, "r");
    let text = "";
    const boldRuns: string[] = [];
    for (let r = 0; r < runs.length; r++) {
      const run = runs.item(r);
      if (!run) continue;
      const runText = Array.from(
        { length: run.getElementsByTagNameNS(W, "t").length },
        (_, t) => run.getElementsByTagNameNS(W, "t").item(t)?.textContent ?? "",
      ).join("");
      text += runText;
      if (run.getElementsByTagNameNS(W, "b").length > 0) boldRuns.push(runText);
    }
    paragraphs.push({ style, ...(level !== undefined && level !== null ? { bulletLevel: Number(level) } : {}), text, boldRuns });
  }
  return { paragraphs, parts };
}
