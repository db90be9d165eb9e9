import type { DataSubject } from "./person-data";

/** What a document shows in place of an erased person, where a name is needed for the text to read. */
export const FORMER_MEMBER = { nb: "Tidligere medlem", en: "Former member" } as const;

/**
 * How a person is rewritten. Sletting: the name becomes "Tidligere medlem" and every id is removed
 * (their membership of a group is dropped). Retting: the name (and municipality) are corrected, the ids kept.
 */
export type PersonRewrite = { kind: "erase"; placeholder: string } | { kind: "correct"; name: string; municipality?: string };

/** Case and spacing do not hide a name. */
const normal = (text: string): string => text.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Fields of a person object that identify them in Teams and Entra: gone when they are erased. */
const ID_FIELDS = ["aadObjectId", "teamsUserId"] as const;

interface Match {
  ids: Set<string>;
  name: string;
  mention: RegExp | undefined;
}

function matcherOf(subject: DataSubject, teamsUserIds: Iterable<string>): Match {
  const name = normal(subject.name);
  const words = subject.name.trim().split(/\s+/).map(escaped);
  return {
    ids: new Set([...(subject.aadObjectId ? [subject.aadObjectId] : []), ...teamsUserIds]),
    name,
    // A text that mentions them ("Ingrid Haugen orienterte …"): the name in it, not the text, is rewritten.
    mention: name.length >= 3 ? new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu") : undefined,
  };
}

const isPersonObject = (value: Record<string, unknown>, match: Match): boolean =>
  (typeof value.aadObjectId === "string" && match.ids.has(value.aadObjectId)) ||
  (typeof value.teamsUserId === "string" && match.ids.has(value.teamsUserId)) ||
  (typeof value.name === "string" && normal(value.name) === match.name);

/**
 * The Teams user ids (29:…) the person is known by in these documents: ids the subject does not carry,
 * found beside their Entra id or name, so that they are rewritten too.
 */
export function teamsUserIdsOf(documents: Array<Record<string, unknown>>, subject: DataSubject): Set<string> {
  const match = matcherOf(subject, []);
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (isPersonObject(object, match) && typeof object.teamsUserId === "string") found.add(object.teamsUserId);
    Object.values(object).forEach(visit);
  };
  documents.forEach(visit);
  return found;
}

/**
 * The document with the person rewritten, or undefined when it does not name them. Pure: the caller
 * writes the result (conditionally on the ETag it read). `id`, `meetingId`, `groupId` and `docType`
 * are never touched; an attendee keyed by the erased person's Entra id gets a new key (the caller
 * moves it to the id that key gives).
 */
export function rewritePerson(
  doc: Record<string, unknown>,
  subject: DataSubject,
  rewrite: PersonRewrite,
  teamsUserIds: Iterable<string> = [],
): Record<string, unknown> | undefined {
  const match = matcherOf(subject, teamsUserIds);
  const newName = rewrite.kind === "erase" ? rewrite.placeholder : rewrite.name;
  let changed = false;

  const text = (value: string): string | typeof DROP => {
    if (match.ids.has(value)) {
      changed = true;
      return rewrite.kind === "erase" ? DROP : value;
    }
    if (normal(value) === match.name) {
      changed = changed || value !== newName;
      return newName;
    }
    if (!match.mention) return value;
    const replaced = value.replace(match.mention, newName);
    changed = changed || replaced !== value;
    return replaced;
  };

  const visit = (value: unknown, key: string, parent: Record<string, unknown> | undefined): unknown => {
    if (typeof value === "string") return text(value);
    if (Array.isArray(value)) {
      const kept = value.filter((each) => !(rewrite.kind === "erase" && key === "members" && isMember(each)));
      if (kept.length !== value.length) changed = true;
      return kept.map((each) => visit(each, key, parent)).filter((each) => each !== DROP);
    }
    if (!value || typeof value !== "object") return value;
    const object = value as Record<string, unknown>;
    const person = isPersonObject(object, match);
    const next: Record<string, unknown> = {};
    for (const [field, each] of Object.entries(object)) {
      if (object === doc && KEPT_FIELDS.has(field)) {
        next[field] = each;
        continue;
      }
      if (person && rewrite.kind === "correct" && field === "municipality" && rewrite.municipality !== undefined) {
        changed = changed || each !== rewrite.municipality;
        next[field] = rewrite.municipality;
        continue;
      }
      const rewritten = visit(each, field, object);
      if (rewritten === DROP) {
        // A person's own id field goes; an id anywhere else (a `by`, a personKey) is replaced by the placeholder.
        if (person && (ID_FIELDS as readonly string[]).includes(field)) continue;
        next[field] = field === "personKey" ? `former:${newName}` : newName;
        continue;
      }
      next[field] = rewritten;
    }
    return next;
  };

  const isMember = (each: unknown): boolean =>
    doc.docType === "group" && Boolean(each) && typeof each === "object" && isPersonObject(each as Record<string, unknown>, match);

  const result = visit(doc, "", undefined) as Record<string, unknown>;
  return changed ? result : undefined;
}

/** A unique value no other key can take, for "remove this string". */
const DROP = Symbol("drop");

/** What identifies the document itself: the store's keys, never rewritten here. */
const KEPT_FIELDS = new Set(["id", "meetingId", "groupId", "docType", "conversationId"]);
