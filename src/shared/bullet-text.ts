/** One bullet of a round-table entry, with its sub-bullets (the referat nests one level). */
export interface Bullet {
  text: string;
  children: string[];
}

export const MAX_BULLETS = 30;
export const MAX_ENTRY_CHARS = 4000;

export type BulletError = "empty" | "tooManyBullets" | "tooLong";

/** "•", "-", "*", "–", "—", "·", "◦", "▪", "o ", the private-use glyphs Word uses for sub-bullets, or "1." / "1)". */
const MARKER = /^(?:[•\-*–—·◦▪\uE000-\uF8FF]|o(?=\s)|\d{1,2}[.)])\s*/u;
const NUMBERING = /^\d{1,2}[.)]/;
const INDENT = /^[ \t\u00A0]/;

/** One non-blank line of typed text, as the bullet readers see it. */
export interface TypedLine {
  indented: boolean;
  /** Starts with a bullet glyph or a number. */
  marked: boolean;
  /** Starts with "1." / "1)". */
  numbered: boolean;
  /** Without the marker, spaces collapsed. */
  content: string;
  /** The whole line, spaces collapsed (the marker kept). */
  whole: string;
}

/** The non-blank lines of `text`, classified. */
export function typedLines(text: string): TypedLine[] {
  const lines: TypedLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const content = line.replace(MARKER, "").replace(/\s+/g, " ");
    if (content === "") continue;
    lines.push({
      indented: INDENT.test(raw),
      marked: MARKER.test(line),
      numbered: NUMBERING.test(line),
      content,
      whole: line.replace(/\s+/g, " "),
    });
  }
  return lines;
}

/**
 * A representative's text, one bullet per line. Markers and numbering are stripped, blank
 * lines ignored. An indented line with a marker is a sub-bullet of the bullet before it;
 * an indented line without one continues it.
 */
export function parseBullets(text: string): { bullets: Bullet[] } | { error: BulletError } {
  if (text.length > MAX_ENTRY_CHARS) return { error: "tooLong" };
  const bullets: Bullet[] = [];
  let count = 0;
  for (const { indented, marked, content } of typedLines(text)) {
    const previous = bullets[bullets.length - 1];
    if (indented && previous && marked) {
      previous.children.push(content);
      count += 1;
    } else if (indented && previous) {
      appendToLast(previous, content);
    } else {
      bullets.push({ text: content, children: [] });
      count += 1;
    }
    if (count > MAX_BULLETS) return { error: "tooManyBullets" };
  }
  return bullets.length === 0 ? { error: "empty" } : { bullets };
}

/** A continuation line joins the bullet's last sub-bullet, or the bullet itself. */
export function appendToLast(bullet: Bullet, content: string): void {
  const lastChild = bullet.children.length - 1;
  if (lastChild >= 0) bullet.children[lastChild] = `${bullet.children[lastChild]} ${content}`;
  else bullet.text = `${bullet.text} ${content}`;
}

/** The bullets as the form shows them again for correction. */
export function bulletsToText(bullets: Bullet[]): string {
  return bullets.flatMap((bullet) => [`• ${bullet.text}`, ...bullet.children.map((child) => `  - ${child}`)]).join("\n");
}

/** The bullets up to `budget` characters of text; where text is left out, the last kept ends with "…". */
export function shortenedBullets(bullets: Bullet[], budget: number): Bullet[] {
  const lines = bullets.flatMap((bullet) => [
    { text: bullet.text, child: false },
    ...bullet.children.map((text) => ({ text, child: true })),
  ]);
  const kept: Bullet[] = [];
  let left = budget;
  for (const line of lines) {
    const characters = Array.from(line.text);
    const cut = left <= 0 ? "" : characters.length > left ? `${characters.slice(0, left).join("")}…` : line.text;
    left -= characters.length;
    if (cut === "") {
      const last = kept.at(-1);
      if (last) kept[kept.length - 1] = endsWithEllipsis(last);
      break;
    }
    if (line.child) kept.at(-1)?.children.push(cut);
    else kept.push({ text: cut, children: [] });
  }
  return kept;
}

const endsWithEllipsis = (bullet: Bullet): Bullet => {
  const children = [...bullet.children];
  const lastChild = children.at(-1);
  if (lastChild !== undefined) {
    if (!lastChild.endsWith("…")) children[children.length - 1] = `${lastChild} …`;
    return { ...bullet, children };
  }
  return bullet.text.endsWith("…") ? bullet : { ...bullet, text: `${bullet.text} …` };
};
