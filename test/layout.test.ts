import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const repoRoot = resolve(__dirname, "..");
const tracked = execFileSync("git", ["ls-files"], { cwd: repoRoot, encoding: "utf8" }).split("\n").filter(Boolean);

/** DESIGN.md §2: the top level of the repository. */
const DESIGNED = ["src", "cards", "appPackage", "infra", "test", "package.json", "tsconfig.json", "README.md"];
/** The usual extras: scripts, benchmarks, documentation, and the tools' configuration files. */
const EXTRAS = [
  ".ci",
  "scripts",
  "bench",
  "docs",
  "config",
  "package-lock.json",
  "tsconfig.build.json",
  "eslint.config.mjs",
  "m365agents.yml",
  // The Agents Toolkit's app registration (aadApp/update reads it from the project root).
  "aad.manifest.json",
  ".env.example",
  ".gitignore",
  ".mocharc.json",
  ".npmrc",
  ".prettierignore",
  ".prettierrc.json",
  ".webappignore",
  // StrykerJS's configuration: the pure modules under mutation testing and their tests (README: Mutation testing).
  "stryker.config.mjs",
];

describe("the repository's layout", () => {
  it("the top level holds the design's entries and the usual extras, nothing else", () => {
    const top = [...new Set(tracked.map((path) => path.split("/")[0] ?? ""))].sort();
    assert.deepEqual(
      top.filter((entry) => !DESIGNED.includes(entry) && !EXTRAS.includes(entry)),
      [],
    );
    for (const entry of DESIGNED) assert.ok(top.includes(entry), `${entry} is there`);
  });

  it("the demo and the other scripts use nothing from test/ (what they share with the tests is in scripts/replay/)", () => {
    const reaching = tracked
      .filter((path) => path.startsWith("scripts/") && /\.(ts|mjs)$/.test(path))
      .filter((path) => /(from|import\(|require\()\s*["'](\.\.\/)+test\//.test(readFileSync(resolve(repoRoot, path), "utf8")));
    assert.deepEqual(reaching, []);
    assert.match(readFileSync(resolve(repoRoot, "scripts/demo.ts"), "utf8"), /from "\.\/replay\/running-bot"/);
  });
});
