/**
 * `npm run render:docx [-- <file.docx>]`: the Word file as a secretary sees it. Converts the
 * demo's referat.docx (or the given file) with LibreOffice headless to PDF, and its first two
 * pages with pdftoppm to PNG, and writes docs/referat-page-1.png and docs/referat-page-2.png; from the
 * demo's innkalling.docx (the notice) page 1 as docs/innkalling-page-1.png.
 * Needs the Debian packages libreoffice-writer-nogui and poppler-utils.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "..");

export interface RenderedDocx {
  pdf: string;
  pages: number;
  /** The title as LibreOffice broke it into lines on page 1. */
  titleLines: string[];
  /** page-1.png, page-2.png … in `outDir`. */
  pngs: string[];
}

/** Renders `docx` into `outDir`: the PDF, its page count, the title's lines, and PNGs of the first `pngPages` pages. */
export async function renderDocx(docx: string, outDir: string, pngPages = 2): Promise<RenderedDocx> {
  // Its own profile, so a running LibreOffice or a parallel test does not block the conversion.
  const profile = pathToFileURL(join(outDir, "lo-profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx], {
    timeout: 120_000,
  });
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, ".pdf"));
  const info = await run("pdfinfo", [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
  const text = await run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]);
  const beforeTime = text.stdout.split(/^\s*Tid:/m)[0] ?? "";
  const titleLines = beforeTime
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== "UTKAST");
  await run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", String(pngPages), pdf, join(outDir, "page")]);
  const pngs = Array.from({ length: Math.min(pngPages, pages) }, (_, i) => join(outDir, `page-${i + 1}.png`));
  return { pdf, pages, titleLines, pngs };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "motebot-render-"));
  try {
    let docx = process.argv[2] ? resolve(process.argv[2]) : "";
    if (!docx) {
      console.error("Replaying the reference meeting (npm run demo)…");
      await run(process.execPath, ["--import", "tsx", join(ROOT, "scripts/demo.ts"), work], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
      docx = join(work, "referat.docx");
      mkdirSync(join(work, "notice"));
      const notice = await renderDocx(join(work, "innkalling.docx"), join(work, "notice"), 1);
      const target = join(ROOT, "docs", "innkalling-page-1.png");
      copyFileSync(notice.pngs[0] ?? "", target);
      console.log(`The notice: ${notice.pages} A4 page(s); ${target}`);
    }
    const rendered = await renderDocx(docx, work);
    const targets = rendered.pngs.map((png, i) => {
      const target = join(ROOT, "docs", `referat-page-${i + 1}.png`);
      copyFileSync(png, target);
      return target;
    });
    console.log(`${rendered.pages} A4 pages; the title takes ${rendered.titleLines.length} line(s) on page 1:`);
    for (const line of rendered.titleLines) console.log(`  ${line}`);
    console.log(targets.join("\n"));
    if (rendered.titleLines.length > 2) throw new Error("the title takes more than two lines");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
