import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const REFERENCE_FILE = resolve(__dirname, "../../../shared/reference/referat-2025-09-11-naeringssamarbeid.txt");

const SUB_BULLET = "\uF06F";

/**
 * The reference referat read for comparison. Left out, as the issue allows: the "Tid:" line's
 * own date spelling, the page footer ("Deres ref" … its URLs) and page-break indents. Compared
 * too: the introduction and the papers line between "Sted:" and "Tilstede" (the secretary types
 * them with «innledning» and «sakspapirer»). The reference contradicts itself once — "Anne
 * Solheim" attends, the Oslo heading says "Anne Solberg" — and the bot names who actually
 * submitted; see `KNOWN_REFERENCE_ERRORS`.
 */
export const KNOWN_REFERENCE_ERRORS: Array<[string, string]> = [["Oslo kommune – Anne Solberg", "Oslo kommune – Anne Solheim"]];

export interface ReferenceReferat {
  /** The content lines, artefacts removed, wrapped lines still apart. */
  lines: string[];
  time: string;
  present: string[];
  items: Array<{ number: number; title: string; bullets: number; subBullets: number }>;
  roundTableHeadings: string[];
}

export function readReference(municipalities: string[]): ReferenceReferat {
  const raw = readFileSync(REFERENCE_FILE, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const lines: string[] = [];
  let time = "";
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? "";
    if (line.startsWith("Deres ref:")) {
      // The page footer: "Deres ref …", the secretary's name and phone, then the page's URLs.
      while (i < raw.length && !/^https?:/.test(raw[i] ?? "")) i++;
      while (/^https?:/.test(raw[i + 1] ?? "")) i++;
      continue;
    }
    if (line.startsWith("Tid:")) {
      time = line.slice(4).trim();
      continue;
    }
    lines.push(line);
  }
  const fixed = lines.map((line) => KNOWN_REFERENCE_ERRORS.reduce((l, [wrong, right]) => l.replace(wrong, right), line));

  const presentStart = fixed.indexOf("Tilstede på møtet:");
  const present: string[] = [];
  for (let i = presentStart + 1; fixed[i]?.startsWith("•"); i++) present.push((fixed[i] ?? "").replace("•", "").trim());

  const items: ReferenceReferat["items"] = [];
  const roundTableHeadings: string[] = [];
  for (const line of fixed) {
    const sak = /^Sak (\d+):? (.+)$/.exec(line);
    if (sak) items.push({ number: Number(sak[1]), title: (sak[2] ?? "").trim(), bullets: 0, subBullets: 0 });
    const current = items.at(-1);
    if (!current) continue;
    if (line.startsWith("•")) current.bullets += 1;
    if (line.startsWith(SUB_BULLET)) current.subBullets += 1;
    if (municipalities.some((m) => new RegExp(`^${m} [–-] `).test(line))) roundTableHeadings.push(line.replace(/ - /, " – "));
  }
  return { lines: fixed, time, present, items, roundTableHeadings };
}

/**
 * The words of a text, for comparing the reference with the bot's output regardless of line
 * wrapping, bullet glyphs and the reference's typography ("Sak 4 X" for "Sak 4: X", "-" for "–").
 */
export function wordsOf(lines: string[]): string {
  const joined = lines.reduce((text, line) => (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? `${text}${line}` : `${text} ${line}`), "");
  return joined
    .replace(new RegExp(`[•${SUB_BULLET}]`, "g"), " ")
    .replace(/ - /g, " – ")
    .replace(/\bSak (\d+) /g, "Sak $1: ")
    .replace(/\s+/g, " ")
    .trim();
}
