/**
 * Text as it may be stored: NFC, without characters that are invisible or reorder what is shown.
 * Removed: bidirectional controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E/U+200F/
 * U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF), soft hyphen, NUL and every
 * other control character but line breaks and tabs, and lone surrogates (Azure Cosmos DB may
 * refuse them; JSON cannot carry them faithfully).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, "").normalize("NFC").replace(INVISIBLE, "");
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
