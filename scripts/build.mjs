// `npm run build`, and `npm start`'s first step (prestart): in a checkout (src/ and TypeScript there)
// compile src/ to dist/ with `tsc -p tsconfig.build.json`, incremental (about 2 s when nothing changed).
// Where only dist/ was deployed (App Service: .webappignore leaves src/ out, and its build step, Oryx,
// runs `npm run build` again after a production install) it checks that the build is there.
// Plain JavaScript, so that it runs where only the production dependencies are installed.
import { execFileSync } from "node:child_process";
import process from "node:process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "main.js");

let tsc;
try {
  tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
} catch {
  tsc = undefined;
}

if (tsc && existsSync(join(root, "src"))) {
  try {
    execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
  } catch {
    process.stderr.write("Møtebot: the build (tsc -p tsconfig.build.json) failed; see the errors above.\n");
    process.exit(1);
  }
  // The meeting side panel's page: one script and one style sheet, for the browser (dist/panel).
  try {
    const esbuild = createRequire(join(root, "package.json"))("esbuild");
    const page = join(root, "src", "features", "panel", "page");
    esbuild.buildSync({
      entryPoints: [join(page, "main.ts"), join(page, "panel.css")],
      entryNames: "panel",
      outdir: join(root, "dist", "panel"),
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      legalComments: "linked",
      logLevel: "warning",
    });
  } catch (error) {
    process.stderr.write(`Møtebot: the panel's page did not build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
} else {
  for (const built of [entry, join(root, "dist", "panel", "panel.js")]) {
    if (existsSync(built)) continue;
    const name = built
      .slice(root.length + 1)
      .split("\\")
      .join("/");
    process.stderr.write(`Møtebot: ${name} is missing: run \`npm ci && npm run build\` where src/ is, then deploy.\n`);
    process.exit(1);
  }
}
