/**
 * Loading the real Teams payload fixtures (see /work/shared/teams-payloads/README.md) and small JSON helpers
 * shared by the test harness.
 */
import fs from "node:fs";
import path from "node:path";

/** Tenant of the real meeting captures (01, 03a, 04a, 05a/b, 06c/d). */
export const DEFAULT_TENANT_ID = "167c22a9-1b2e-439c-ad74-cc77e9e118d8";

/**
 * The payload folder lives next to the repository: `<repo>/../shared/teams-payloads`
 * (so /work/main and a clone at /work/ci-check both find /work/shared). TEAMS_PAYLOADS_DIR overrides it.
 */
export const PAYLOAD_DIR: string = process.env.TEAMS_PAYLOADS_DIR
  ? path.resolve(process.env.TEAMS_PAYLOADS_DIR)
  : path.resolve(__dirname, "../..", "../shared/teams-payloads");

const fileTextCache = new Map<string, string>();

function payloadFile(prefix: string): string {
  let names: string[];
  try {
    names = fs.readdirSync(PAYLOAD_DIR);
  } catch (err) {
    throw new Error(`Teams payload folder not found at ${PAYLOAD_DIR} (set TEAMS_PAYLOADS_DIR to override): ${String(err)}`);
  }
  const matches = names.filter((n) => n.endsWith(".json") && (n === `${prefix}.json` || n.startsWith(`${prefix}_`)));
  if (matches.length !== 1 || matches[0] === undefined) {
    throw new Error(`expected exactly one payload "${prefix}_*.json" in ${PAYLOAD_DIR}, found ${matches.length}: ${matches.join(", ")}`);
  }
  return path.join(PAYLOAD_DIR, matches[0]);
}

/** Loads a fixture by its prefix (e.g. "03a") or full base name; every call returns a fresh deep copy. */
export function loadPayload(prefix: string): Record<string, unknown> {
  let text = fileTextCache.get(prefix);
  if (text === undefined) {
    text = fs.readFileSync(payloadFile(prefix), "utf8");
    fileTextCache.set(prefix, text);
  }
  const parsed: unknown = JSON.parse(text);
  return asRecord(parsed, `payload ${prefix}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what}: expected a JSON object, got ${value === null ? "null" : typeof value}`);
  return value;
}

/** The object at `obj[key]`, created (as `{}`) if missing or not an object. */
export function child(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = obj[key];
  if (isRecord(existing)) return existing;
  const created: Record<string, unknown> = {};
  obj[key] = created;
  return created;
}

/** The elements of `value` that are JSON objects (empty if `value` is not an array). */
export function recordsOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
