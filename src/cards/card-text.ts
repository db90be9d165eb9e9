/**
 * Text typed by users is data: in a TextBlock, Teams would render `**x**`, `[a](b)` or a
 * leading `- ` as Markdown. A backslash makes each such character literal.
 */
export function literal(text: string): string {
  return text
    .replace(/[\\`*_[\]{}()<>#|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, (_match, space: string, marker: string, after: string) => `${space}\\${marker}${after}`);
}
