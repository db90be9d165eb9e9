/**
 * The Word file looked at, not only parsed: LibreOffice headless lays out the reference meeting's
 * referat (as `npm run render:docx` does for docs/referat-page-*.png) on A4.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { renderDocx, type RenderedDocx } from "../../../scripts/render-docx";
import type { RunningBot } from "../../../scripts/replay/running-bot";
import { replayReferenceMeeting } from "../../support/reference-meeting";

describe("the demo's Word file, laid out by LibreOffice", function () {
  this.timeout(180_000);
  let running: RunningBot;
  let folder: string;
  let rendered: RenderedDocx;
  let notice: RenderedDocx;

  before(async () => {
    const reference = await replayReferenceMeeting(612);
    running = reference.running;
    const { answer, replayed } = reference;
    folder = mkdtempSync(join(tmpdir(), "motebot-render-test-"));
    const docx = join(folder, "referat.docx");
    writeFileSync(docx, new Uint8Array(await (await fetch(answer.docxUrl)).arrayBuffer()));
    rendered = await renderDocx(docx, folder);

    await replayed.flow.ask(replayed.secretary, "arkivref 25/01234");
    await replayed.flow.ask(replayed.secretary, "innkalling");
    const posted = replayed.flow.standIn
      .messages(replayed.flow.chat.conversationId)
      .find((m) => JSON.stringify(m.activity).includes("Last ned innkallingen"));
    const noticeUrl = /"url":"([^"]+\/download\/[^"]+)"/.exec(JSON.stringify(posted?.activity))?.[1] ?? "";
    mkdirSync(join(folder, "notice"));
    const noticeFile = join(folder, "notice", "innkalling.docx");
    writeFileSync(noticeFile, new Uint8Array(await (await fetch(noticeUrl)).arrayBuffer()));
    notice = await renderDocx(noticeFile, join(folder, "notice"), 1);
  });
  after(async () => {
    await running?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("the title takes at most two lines on page 1", () => {
    assert.deepEqual(rendered.titleLines, ["Referat fra Osloregionens faggruppe for", "Næringssamarbeid"]);
  });

  it("every page carries the draft mark and the footer with «Side N av M»", async () => {
    assert.ok(rendered.pages >= 4 && rendered.pages <= 8, `${rendered.pages} pages`);
    for (let page = 1; page <= rendered.pages; page++) {
      const pageArgs = ["-f", String(page), "-l", String(page), "-layout", rendered.pdf, "-"];
      const { stdout } = await promisify(execFile)("pdftotext", pageArgs);
      assert.match(stdout, /UTKAST/, `page ${page}`);
      assert.match(
        stdout,
        new RegExp(`Referent: Mari Strømsvåg · 11\\. september 2025\\s+Side ${page} av ${rendered.pages}`),
        `page ${page}`,
      );
    }
  });

  it("the notice: one page, its Saker numbered «Sak 1:» … «Sak 8:», how to report forfall, the referat's footer", async () => {
    assert.equal(notice.pages, 1);
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", notice.pdf, "-"]);
    assert.match(stdout, /Tid: torsdag 11\. september 2025, kl\. 10:00-12:30/);
    for (let n = 1; n <= 8; n++) assert.match(stdout, new RegExp(`^\\s*Sak ${n}:\\s+\\S`, "m"), `Sak ${n}`);
    assert.match(stdout, /Forfall meldes i Teams-chatten med «Meld forfall» eller til Mari Strømsvåg\./);
    assert.match(stdout, /Sekretær: Mari Strømsvåg · 11\. september 2025 · Vår ref: 25\/01234\s+Side 1 av 1/);
    assert.doesNotMatch(stdout, /UTKAST/);
  });

  it("pictures of the first two pages", () => {
    assert.equal(rendered.pngs.length, 2);
    for (const png of rendered.pngs) assert.ok(statSync(png).size > 20_000, `${png} has content`);
  });
});
