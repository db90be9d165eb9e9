import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** The meeting side panel's budget (issue 33): its script and styles as a browser downloads them, gzip-compressed. */
export const PANEL_BUDGET_BYTES = 150 * 1024;

export interface PanelWeight {
  files: Array<{ name: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}

/** What `npm run build` wrote to dist/panel, compressed as the server sends it (gzip, level 9). */
export function panelWeight(folder = resolve(__dirname, "../dist/panel")): PanelWeight {
  const files = ["panel.js", "panel.css"].map((name) => {
    const body = readFileSync(resolve(folder, name));
    return { name, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The target row for the report's table: figure and whether it is met. */
export function panelBudgetRow(weight: PanelWeight): [string, string, boolean] {
  const parts = weight.files.map((file) => `${file.name} ${kb(file.gzipBytes)} (${kb(file.bytes)} uncompressed)`).join(", ");
  return [
    `Meeting side panel's script and styles ≤ ${kb(PANEL_BUDGET_BYTES)} compressed`,
    `${kb(weight.gzipBytes)}: ${parts}`,
    weight.gzipBytes <= PANEL_BUDGET_BYTES,
  ];
}
