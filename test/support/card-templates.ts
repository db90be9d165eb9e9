import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const srcFolder = resolve(__dirname, "../../src");

/** Every Adaptive Card template (`<name>.card.json`) under src, beside the feature that binds it. */
export function cardTemplateFiles(folder = srcFolder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return cardTemplateFiles(path);
    return name.endsWith(".card.json") ? [path] : [];
  });
}
