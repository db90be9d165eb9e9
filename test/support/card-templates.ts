import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const cardsFolder = resolve(__dirname, "../../cards");

/** Every file below `folder` whose name ends with `ending`. */
function filesEndingWith(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return filesEndingWith(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/** Every Adaptive Card template (`cards/<feature>/<name>.card.json`). */
export const cardTemplateFiles = (folder = cardsFolder): string[] => filesEndingWith(folder, ".card.json");

/** Card templates anywhere else in the repository's source folders (there should be none). */
export const strayCardTemplates = (root = resolve(cardsFolder, "..")): string[] =>
  ["src", "test", "scripts", "bench"].flatMap((folder) => filesEndingWith(join(root, folder), ".card.json"));
