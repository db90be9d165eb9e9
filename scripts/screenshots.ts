/**
 * `npm run screenshots`: runs the browser tests with their card pictures written to docs/cards,
 * where the README shows them (an ordinary `npm test` writes them to the ignored test-output/).
 */
import { spawnSync } from "node:child_process";

const result = spawnSync(
  process.execPath,
  [
    require.resolve("mocha/bin/mocha.js"),
    "--no-config",
    "--require",
    "tsx/cjs",
    "--extension",
    "ts",
    "--timeout",
    "20000",
    "--exit",
    "test/playground-browser.test.ts",
    "test/playground-referat.test.ts",
    "test/features/panel/panel-live.test.ts",
  ],
  { stdio: "inherit", env: { ...process.env, SCREENSHOTS_DIR: "docs/cards" } },
);
process.exit(result.status ?? 1);
