/**
 * Text typed by users is data: in a chat message, a TextBlock or a Fact, Teams renders Markdown.
 * `literal()` escapes only what would act as markup where the text stands, so ordinary Norwegian
 * text ("11. september", "(Syk)", "30 %", "Ruter & matebusser") goes out unchanged — some Teams
 * clients show CommonMark's backslashes literally. What acts (CommonMark, plus Teams' `~~` and
 * the card `{{DATE()}}` functions):
 * - at the start of a line: list, heading, quote, fence and rule markers, and a numbered start;
 * - anywhere: `*` `_` `~` runs that could pair as emphasis, backticks that could pair,
 *   `[` `]` that could form a link, `<` that could open a tag or autolink, `{{` / `}}`,
 *   a backslash before punctuation, and `&` that would form an entity (it becomes `&amp;`).
 *
 * `inline` is for text placed after other text on its line (after a label, inside «»): there
 * only its second and later lines start a line. Text placed inside markup the bot writes has
 * stricter needs: see `linkText` and `mentionText`.
 */
export function literal(text: string, position: "lineStart" | "inline" = "lineStart"): string {
  return escaped(text, position, {});
}

/**
 * The text of a link the bot writes (`[text](url)`): every bracket is escaped, since inside
 * the link's brackets a lone `]` would end its text and make what follows a link of its own
 * ("Klikk](https://evil.example)"); only the bot's URL is clickable.
 */
export function linkText(text: string): string {
  return escaped(text.replace(/\s+/g, " "), "inline", { everyBracket: true });
}

/**
 * `[text](url)`: the text as `linkText`, and the URL's parentheses percent-encoded (WHATWG `href`
 * has no spaces or angle brackets left). The caller has checked the URL (https).
 */
export function markdownLink(text: string, url: string): string {
  return `[${linkText(text)}](${new URL(url).href.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
}

/**
 * A name inside a Teams mention (`<at>name</at>`): Teams reads the tag as HTML, where a backslash
 * escapes nothing, so `<` and `>` become entities (shown as themselves, never a tag: a name
 * cannot close the mention or open another) and the rest is escaped as in a link's text. The
 * mention entity carries this same text, as Teams requires.
 */
export function mentionText(name: string): string {
  return escaped(name.replace(/\s+/g, " ").trim(), "inline", { everyBracket: true, angleEntities: true });
}

/** `<at>name</at>`, as it stands in a message's text and in its mention entity. */
export const mentionTag = (name: string): string => `<at>${mentionText(name)}</at>`;

interface Strictness {
  everyBracket?: boolean;
  angleEntities?: boolean;
}

function escaped(text: string, position: "lineStart" | "inline", strictness: Strictness): string {
  const context: TextContext = {
    whole: text,
    offset: 0,
    pairsBackticks: text.split("`").length > 2,
    emphasis: pairingEmphasis(text),
    ...strictness,
  };
  return text
    .split("\n")
    .map((line, index) => {
      const escapedLine = escapeInline(line, context);
      context.offset += line.length + 1;
      return index > 0 || position === "lineStart" ? escapeLineStart(escapedLine) : escapedLine;
    })
    .join("\n");
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Sticky: tested at one offset only, where it needs the `&` (see `entityAt`). */
const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/** Whether an entity (`&amp;`, `&#38;`, `&#x26;`) starts at `at` in `line`. */
function entityAt(line: string, at: number): boolean {
  ENTITY.lastIndex = at;
  return ENTITY.test(line);
}

/** Where a line stands in the whole text: brackets, backticks and emphasis pair across lines. */
interface TextContext extends Strictness {
  whole: string;
  offset: number;
  pairsBackticks: boolean;
  /** Offsets in `whole` of the `*`, `_` and `~` that could pair with another. */
  emphasis: Set<number>;
}

function escapeInline(line: string, { whole, offset, pairsBackticks, emphasis, everyBracket, angleEntities }: TextContext): string {
  return line
    .split("")
    .map((char, i) => {
      const next = line.charAt(i + 1);
      if (angleEntities && (char === "<" || char === ">")) return char === "<" ? "&lt;" : "&gt;";
      if (emphasis.has(offset + i)) return `\\${char}`;
      // A backslash at the end of a line is a hard line break.
      if (char === "\\") return next === "" || ASCII_PUNCTUATION.test(next) ? "\\\\" : char;
      if (char === "`") return pairsBackticks ? "\\`" : char;
      if (char === "[") return everyBracket || whole.includes("]", offset + i) ? "\\[" : char;
      if (char === "]") return everyBracket || whole.lastIndexOf("[", offset + i) >= 0 ? "\\]" : char;
      if (char === "<") return /[A-Za-z/!?]/.test(next) || (/\d/.test(next) && line.includes(">", i)) ? "\\<" : char;
      if ((char === "{" || char === "}") && (next === char || line.charAt(i - 1) === char)) return `\\${char}`;
      return entityAt(line, i) ? "&amp;" : char;
    })
    .join("");
}

interface DelimiterRun {
  char: string;
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * The offsets of every `*`, `_` and `~` in a run that could pair: one that can open with a later
 * one of the same character that can close (CommonMark's flanking rules, the text's edges
 * counted as white space). "snake_case", "5 * 2" or a lone "Pris*" stay as typed.
 */
function pairingEmphasis(text: string): Set<number> {
  const runs: DelimiterRun[] = [];
  for (const match of text.matchAll(/\*+|_+|~+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    runs.push({ char: match[0].charAt(0), start, end, ...openClose(match[0].charAt(0), text.charAt(start - 1), text.charAt(end)) });
  }
  const offsets = new Set<number>();
  runs.forEach((run, index) => {
    const pairs =
      (run.canOpen && runs.slice(index + 1).some((later) => later.char === run.char && later.canClose)) ||
      (run.canClose && runs.slice(0, index).some((earlier) => earlier.char === run.char && earlier.canOpen));
    if (pairs) for (let at = run.start; at < run.end; at++) offsets.add(at);
  });
  return offsets;
}

function openClose(char: string, before: string, after: string): { canOpen: boolean; canClose: boolean } {
  const spaceBefore = before === "" || /\s/u.test(before);
  const spaceAfter = after === "" || /\s/u.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  if (char !== "_") return { canOpen: leftFlanking, canClose: rightFlanking };
  return { canOpen: leftFlanking && (!rightFlanking || punctBefore), canClose: rightFlanking && (!leftFlanking || punctAfter) };
}

/** A line's first characters, where CommonMark starts lists, headings, quotes, fences, rules and setext underlines. */
function escapeLineStart(line: string): string {
  const rest = line.replace(/^[ \t]+/, "");
  const indent = line.slice(0, line.length - rest.length);
  if (/^(?:[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|(?:`{3,}|~{3,})|=+[ \t]*$)/.test(rest) || /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(rest)) {
    return `${indent}\\${rest}`;
  }
  return line.replace(/^([ \t]*\d{1,9})(?=[.)](?:[ \t]|$))/, "$1\\");
}
