/**
 * Text as it may be stored: NFC, without characters that show nothing or reorder what is shown.
 * Removed, by Unicode's own classes (JavaScript's `\p{…}`, so they follow the Unicode version of
 * the runtime):
 * - `Default_Ignorable_Code_Point`: zero-width characters, bidirectional controls, the invisible
 *   operators U+2061–2064, the deprecated format characters U+206A–206F, soft hyphen, the
 *   combining grapheme joiner, the Mongolian vowel separator, the Khmer inherent vowels, the
 *   variation selectors, the tag characters U+E0000–E007F and the Hangul fillers (U+115F,
 *   U+1160, U+3164, U+FFA0) — except a zero-width (non-)joiner between two pictographs and
 *   VS-16 after an emoji character, where they change what is shown (👩‍💻, ❤️);
 * - the interlinear annotation characters U+FFF9–FFFB;
 * - control characters (`Cc`) but line breaks and tabs;
 * - lone surrogates (Azure Cosmos DB may refuse them; JSON cannot carry them faithfully).
 * The Braille blank U+2800 shows as a space and becomes one, so that a value of it alone is as
 * empty as one of spaces.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cc}\uFFF9-\uFFFB]/gu;
const SHOWN_IN_EMOJI = new RegExp(
  [
    String.raw`(?<=\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]?)[\u200C\u200D](?=\p{Extended_Pictographic})`,
    String.raw`(?<=\p{Emoji})\uFE0F`,
  ].join("|"),
  "uy",
);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BRAILLE_BLANK = /\u2800/g;

export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "")
    .normalize("NFC")
    .replace(INVISIBLE, (char: string, offset: number, whole: string) => (shownInEmoji(whole, offset) ? char : ""))
    .replace(BRAILLE_BLANK, " ");
}

function shownInEmoji(whole: string, offset: number): boolean {
  SHOWN_IN_EMOJI.lastIndex = offset;
  return SHOWN_IN_EMOJI.test(whole);
}

/** Whether a name has what a name needs: a letter or a digit (cleaned text of only punctuation or marks names no one). */
export function namesSomething(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name);
}

/** `value` with every string in it (object keys included) cleaned; other values as they are. */
export function cleanTextDeep<T>(value: T): T {
  return cleanValue(value, 0) as T;
}

// Activities nest a few levels; the limit only stops a hostile body from exhausting the stack.
const MAX_DEPTH = 64;

function cleanValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return cleanText(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  // fromEntries defines own properties: a "__proto__" key in a body stays a plain key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanValue(item, depth + 1)]));
}

/** The key under which two names count as the same: cleaned, spaces collapsed, case folded. */
export function sameNameKey(name: string): string {
  return cleanText(name).replace(/\s+/g, " ").trim().toLocaleLowerCase("nb");
}
