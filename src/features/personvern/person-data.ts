import type { StoredDocument } from "./store";

/** Whom a request is about: their Entra object id when known, and the name documents show them by. */
export interface DataSubject {
  aadObjectId?: string;
  name: string;
}

/** One place that names the person: where it is, and the smallest stored object that holds the mention. */
export interface PersonItem {
  container: StoredDocument["container"];
  docType: string;
  documentId: string;
  /** Where in the document, as a JSON path (`contributors[0].name`, `agenda[2].notes[1].author`). */
  path: string;
  /** The object around the mention (a note, an attendee, a revision), or the mentioning text itself. */
  item: unknown;
}

/** Case and spacing do not hide a name: "Ingrid  haugen" names Ingrid Haugen. */
const normal = (text: string): string => text.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();

/**
 * Every place in `documents` that names the person: a value equal to their Entra object id, or a
 * text containing their name (a free-text note that mentions them counts). Each place is given with
 * the smallest object around it, so that the answer holds what concerns the person and not whole
 * documents of other people's words.
 */
export function personItems(documents: StoredDocument[], subject: DataSubject): PersonItem[] {
  const name = normal(subject.name);
  /** `exact`: the value is their id or their name (the object around it is about them); `mention`: a text naming them. */
  const names = (value: string): "exact" | "mention" | undefined => {
    if ((subject.aadObjectId !== undefined && value === subject.aadObjectId) || normal(value) === name) return "exact";
    return name.length >= 3 && normal(value).includes(name) ? "mention" : undefined;
  };
  const items: PersonItem[] = [];
  for (const { container, doc } of documents) {
    const found = new Map<string, { path: string; item: unknown }>();
    walk(doc, "", [doc], (value, path, parents) => {
      const match = names(value);
      if (!match) return;
      // Someone else's note that mentions them: the text, not its author.
      const item = match === "mention" ? { [fieldOf(path)]: value } : holderOf(doc, value, path, parents);
      // One place per object around a mention: an id and a name in the same contributor are one item.
      const key = item === parents.at(-1) && match === "exact" ? path.replace(/(\.[^.[\]]+|\[\d+\])$/, "") : path;
      if (!found.has(key)) found.set(key, { path, item: withoutOthers(item, (text) => names(text) !== undefined) });
    });
    for (const { path, item } of found.values()) {
      items.push({ container, docType: String(doc.docType ?? ""), documentId: String(doc.id ?? ""), path, item });
    }
  }
  return items;
}

/** Documents that are about one person as a whole (an attendee): given entire when they name them. */
const PERSON_DOCUMENTS = new Set(["attendee"]);

/**
 * The object around a mention: a string in a list is itself; a field of a nested object (a note, a
 * contributor, a revision) is that object; a field of the document itself is that field alone, unless the
 * document is about the person as a whole.
 */
function holderOf(doc: Record<string, unknown>, value: string, path: string, parents: unknown[]): unknown {
  if (path.endsWith("]")) return value;
  const holder = parents.at(-1);
  if (holder !== doc || PERSON_DOCUMENTS.has(String(doc.docType))) return holder;
  return { [fieldOf(path)]: value };
}

const fieldOf = (path: string): string => path.split(".").at(-1) ?? path;

/** Fields that name who did something (recorded a forfall, wrote a note, made a version): someone else's stays out. */
const ACTOR_FIELDS = new Set(["by", "addedBy", "recordedBy", "author", "createdBy", "approvedBy"]);
export const SOMEONE_ELSE = "(en annen person)";

/** The item with every actor field that does not name the person replaced: their record, not the others' names. */
function withoutOthers(item: unknown, isSubject: (text: string) => boolean): unknown {
  if (Array.isArray(item)) return item.map((each) => withoutOthers(each, isSubject));
  if (!item || typeof item !== "object") return item;
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => {
      if (
        ACTOR_FIELDS.has(key) &&
        !JSON.stringify(value ?? "")
          .split('"')
          .some(isSubject)
      )
        return [key, SOMEONE_ELSE];
      return [key, withoutOthers(value, isSubject)];
    }),
  );
}

function walk(value: unknown, path: string, parents: unknown[], visit: (text: string, path: string, parents: unknown[]) => void): void {
  if (typeof value === "string") return visit(value, path, parents);
  if (Array.isArray(value)) {
    value.forEach((each, index) => walk(each, `${path}[${index}]`, typeof each === "object" && each ? [...parents, each] : parents, visit));
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, each] of Object.entries(value)) {
      const inner = typeof each === "object" && each !== null && !Array.isArray(each) ? [...parents, each] : parents;
      walk(each, path ? `${path}.${key}` : key, inner, visit);
    }
  }
}

/** What innsyn answers: every item naming the person, the group's own and each meeting's, with when and what the meeting was. */
export interface PersonExport {
  subject: DataSubject;
  groupId: string;
  generatedAt: string;
  group: PersonItem[];
  meetings: Array<{ meetingId: string; title: string; start: string; items: PersonItem[] }>;
}

export function personExport(
  subject: DataSubject,
  groupId: string,
  groupDocuments: StoredDocument[],
  meetings: Array<{ meetingId: string; title: string; start: string; documents: StoredDocument[] }>,
  now: Date,
): PersonExport {
  return {
    subject,
    groupId,
    generatedAt: now.toISOString(),
    group: personItems(groupDocuments, subject),
    meetings: meetings
      .map(({ documents, ...meeting }) => ({ ...meeting, items: personItems(documents, subject) }))
      .filter((meeting) => meeting.items.length > 0),
  };
}
