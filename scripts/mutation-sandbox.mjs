// `npm run test:mutation`'s first step: Stryker runs the tests in a copy of the repository under
// .stryker-tmp/, where the tests' `../shared` (payloads, schemas, the reference referat) would be
// missing. A link to the real one is put where the copy looks for it.
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const temp = join(root, ".stryker-tmp");
mkdirSync(temp, { recursive: true });
if (!existsSync(join(temp, "shared"))) symlinkSync(resolve(root, "../shared"), join(temp, "shared"), "dir");
