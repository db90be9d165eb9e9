import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Every XML part of a .docx by name, parsed (throws on XML that is not well-formed). */
export async function docxParts(file: Uint8Array): Promise<Map<string, XmlDocument>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, XmlDocument>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const errors: string[] = [];
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const parser = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) });
    const document = parser.parseFromString(xml, "text/xml");
    if (errors.length > 0) throw new Error(`${name} is not well-formed: ${errors.join("; ")}`);
    parts.set(name, document);
  }
  return parts;
}

export const elements = (node: XmlDocument | Element, namespace: string, name: string): Element[] =>
  Array.from({ length: node.getElementsByTagNameNS(namespace, name).length }, (_, i) =>
    node.getElementsByTagNameNS(namespace, name).item(i),
  ).filter((e): e is Element => e !== null);

/** A `w:style` of styles.xml, as the chain from it to the root sees it. */
export interface DocxStyle {
  id: string;
  basedOn?: string;
  element: Element;
}

export function stylesOf(styles: XmlDocument): Map<string, DocxStyle> {
  const map = new Map<string, DocxStyle>();
  for (const style of elements(styles, W, "style")) {
    const id = style.getAttributeNS(W, "styleId") ?? "";
    const basedOn = elements(style, W, "basedOn")[0]?.getAttributeNS(W, "val") ?? undefined;
    map.set(id, { id, ...(basedOn ? { basedOn } : {}), element: style });
  }
  return map;
}

/** The text of every `w:t` and the instruction of every field in a part (header, footer). */
export function partText(part: XmlDocument): { text: string; fields: string[] } {
  const text = elements(part, W, "t")
    .map((t) => t.textContent ?? "")
    .join("");
  const fields = [
    ...elements(part, W, "instrText").map((i) => (i.textContent ?? "").trim()),
    ...elements(part, W, "fldSimple").map((f) => (f.getAttributeNS(W, "instr") ?? "").trim()),
  ];
  return { text, fields };
}

/** A block of pandoc's document model (`pandoc -t json`), the parts the tests look at. */
export type PandocBlock = { t: string; c?: unknown };

/** Converts a .docx with pandoc, an independent reader of Word files (Debian package `pandoc`). */
export async function pandocBlocks(file: Uint8Array): Promise<PandocBlock[]> {
  const folder = mkdtempSync(join(tmpdir(), "motebot-pandoc-"));
  try {
    const path = join(folder, "referat.docx");
    writeFileSync(path, file);
    const { stdout } = await promisify(execFile)("pandoc", ["-f", "docx", "-t", "json", path], { maxBuffer: 64 * 1024 * 1024 });
    return (JSON.parse(stdout) as { blocks: PandocBlock[] }).blocks;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("pandoc is not installed: apt-get install pandoc (.ci/run does)");
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The plain text of pandoc inlines. */
export function pandocText(inlines: unknown): string {
  if (!Array.isArray(inlines)) return "";
  return inlines
    .map((inline: { t: string; c?: unknown }) => {
      if (inline.t === "Str") return String(inline.c);
      if (inline.t === "Space" || inline.t === "SoftBreak" || inline.t === "LineBreak") return " ";
      if (inline.t === "Link" || inline.t === "Span") return pandocText((inline.c as unknown[])[1]);
      if (inline.t === "Quoted") return `"${pandocText((inline.c as unknown[])[1])}"`;
      if (Array.isArray(inline.c)) return pandocText(inline.c);
      return "";
    })
    .join("");
}
