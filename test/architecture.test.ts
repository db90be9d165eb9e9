import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const srcFolder = resolve(__dirname, "../src");
const EDGE = "teams";

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("architecture", () => {
  const files = sourceFiles(srcFolder);
  const importsOf = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/(?:from\s+|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "");

  it("only the Teams edge (src/teams) imports botbuilder or teams-ai", () => {
    const offenders = files
      .filter((file) => !relative(srcFolder, file).startsWith(`${EDGE}/`))
      .filter((file) => importsOf(file).some((name) => /^(botbuilder|botframework-|@microsoft\/teams-ai)/.test(name)))
      .map((file) => relative(srcFolder, file));
    assert.deepEqual(offenders, []);
  });

  it("the edge really is where Teams comes in (the check above looks at real imports)", () => {
    const edgeFiles = files.filter((file) => relative(srcFolder, file).startsWith(`${EDGE}/`));
    // Deep imports (`@microsoft/teams-ai/lib/Application`) keep teams-ai's AI modules out of memory.
    assert.ok(edgeFiles.some((file) => importsOf(file).some((name) => name.startsWith("@microsoft/teams-ai"))));
  });

  it("every source file is short enough to read in one sitting", () => {
    const long = files.filter((file) => readFileSync(file, "utf8").split("\n").length > 300);
    assert.deepEqual(long.map((file) => relative(srcFolder, file)), []);
  });
});
