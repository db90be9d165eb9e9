/**
 * Text typed by users is data: in a TextBlock or a Fact, Teams would render `**x**`, `[a](b)`,
 * an entity like `&amp;` or a leading `- ` / `1. ` as Markdown. A backslash makes each such
 * character literal (for a numbered line the period: only punctuation can be escaped); `&`
 * becomes the entity `&amp;`.
 */
export function literal(text: string): string {
  return text
    .replace(/[\\`*_[\]{}()<>#|~]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/^(\s*)([-+])(\s)/gm, (_match, space: string, marker: string, after: string) => `${space}\\${marker}${after}`)
    .replace(
      /^(\s*)(\d+)([.)])(\s)/gm,
      (_match, space: string, digits: string, mark: string, after: string) => `${space}${digits}\\${mark}${after}`,
    );
}
