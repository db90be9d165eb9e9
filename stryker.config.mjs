// @ts-check
import process from "node:process";
/**
 * Mutation testing of the pure rules (README: "Mutation testing"): each module with the unit tests
 * that own it. `npm run test:mutation` runs it incrementally; `MUTATION_FORCE=1 npm run test:mutation` anew.
 */
export const modules = [
  { file: "src/shared/markdown-literal.ts", tests: ["test/shared/markdown-literal.test.ts", "test/shared/markdown-literal-rules.test.ts"] },
  { file: "src/shared/time/norwegian-date.ts", tests: ["test/shared/norwegian-date.test.ts"] },
  {
    file: "src/shared/time/oslo-time.ts",
    tests: ["test/shared/oslo-time.test.ts", "test/features/roundtable/deadline-and-moments.test.ts"],
  },
  { file: "src/shared/time/working-days.ts", tests: ["test/features/roundtable/deadline-and-moments.test.ts"] },
  { file: "src/features/roundtable/reminders/reminder-moments.ts", tests: ["test/features/roundtable/deadline-and-moments.test.ts"] },
  {
    file: "src/features/roundtable/deadline.ts",
    tests: ["test/features/roundtable/deadline-and-moments.test.ts", "test/features/roundtable/deadline-text.test.ts"],
  },
  { file: "src/features/roundtable/entry-hands.ts", tests: ["test/features/roundtable/entry-hands.test.ts"] },
  { file: "src/features/followups/open-ledger.ts", tests: ["test/features/followups/open-ledger.test.ts"] },
  { file: "src/shared/text/clean-text.ts", tests: ["test/shared/clean-text.test.ts"] },
  { file: "src/shared/bullet-text.ts", tests: ["test/shared/bullet-text.test.ts", "test/shared/shorten-text.test.ts"] },
  { file: "src/features/meeting/agenda-text.ts", tests: ["test/features/meeting/agenda-text.test.ts"] },
  { file: "src/features/meeting/notes-edit.ts", tests: ["test/features/meeting/notes-edit.test.ts"] },
  { file: "src/features/referat/note-blocks.ts", tests: ["test/features/referat/referat-build.test.ts"] },
  {
    file: "src/features/referat/build-referat.ts",
    tests: ["test/features/referat/referat-build.test.ts", "test/features/referat/referat-sections.test.ts"],
  },
];

/**
 * Set from outside (README): `MUTATE=<file>[,<file>…]` restricts a run to those modules; `MUTATION_FORCE=1` runs every
 * mutant again; `MUTATION_INCREMENTAL_FILE` reads and writes another incremental file than the committed one (CI).
 */
const only = process.env.MUTATE?.split(",");
const chosen = only ? modules.filter((module) => only.includes(module.file)) : modules;
if (only && chosen.length !== only.length) throw new Error(`MUTATE=${only} names a file that is not a module in stryker.config.mjs`);

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "mocha",
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: chosen.map((module) => module.file),
  // The suite's .mocharc.json lists every spec, and mocha merges that list with the files given here.
  mochaOptions: { config: "test/mutation/.mocharc.json", spec: [...new Set(chosen.flatMap((module) => module.tests))] },
  // working-days caches each year's holidays: a process reused across mutants would keep a mutant's cache.
  coverageAnalysis: "all",
  maxTestRunnerReuse: 1,
  concurrency: 2,
  incremental: true,
  force: process.env.MUTATION_FORCE === "1",
  incrementalFile: process.env.MUTATION_INCREMENTAL_FILE ?? "test/mutation/stryker-incremental.json",
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  // Only the sandboxes go: the link to ../shared (scripts/mutation-sandbox.mjs) stays for the next run.
  cleanTempDir: true,
  ignorePatterns: ["dist", "test-output", "demo-output", "docs", "bench", ".data", "appPackage/build", "infra", "*.log"],
  plugins: ["@stryker-mutator/mocha-runner", "@stryker-mutator/typescript-checker"],
};
