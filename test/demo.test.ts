import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

describe("npm run demo", function () {
  this.timeout(120_000);

  it("replays the reference meeting and prints the referat, writing referat.md and referat.docx", async () => {
    const out = mkdtempSync(join(tmpdir(), "motebot-demo-"));
    const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/demo.ts", out], {
      cwd: resolve(__dirname, ".."),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      encoding: "utf8",
    });
    assert.match(run.stdout, /^\*\*Referat fra Osloregionens faggruppe for Næringssamarbeid\*\*/);
    assert.ok(run.stdout.includes("**Hamarregionen – Berte og Eli**"));
    assert.ok(
      run.stdout.includes(
        "**Sted:** Teams\n\nMøtet i faggruppen ble gjennomført som to deler, først som en del av fellesmøtet med de andre faggruppene, " +
          "og deretter på egenhånd.\n\nSakspapirer og underlag ble publisert her: [Faggruppemøter, 11. september 2025 - Osloregionen]" +
          "(https://www.osloregionen.no/kalender/faggruppemoter-11-september/)\n\n**Tilstede på møtet:**",
      ),
      "the introduction and the papers link where the reference has them",
    );
    assert.ok(!run.stdout.includes("**Tid:** 11\\."), "no backslash in ordinary text");
    assert.ok(run.stdout.includes(`Markdown: ${join(out, "referat.md")}`) && run.stdout.includes(`Word:     ${join(out, "referat.docx")}`));
    assert.ok(run.stdout.startsWith(readFileSync(join(out, "referat.md"), "utf8")));
    assert.ok(existsSync(join(out, "referat.docx")));
    assert.equal(readFileSync(join(out, "referat.docx")).subarray(0, 2).toString(), "PK", "a zip, as .docx files are");
  });
});
