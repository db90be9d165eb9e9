import { randomUUID } from "node:crypto";
import { attendeeDocId } from "../attendance";
import { personItems, type DataSubject } from "./person-data";
import { rewritePerson, teamsUserIdsOf, type PersonRewrite } from "./rewrite-person";
import type { PersonvernServices } from "./services";
import type { StoredDocument } from "./store";

/** One document that names the person, and what it becomes. */
interface Change {
  current: StoredDocument;
  /** The document's type, for the counts on the confirmation card. */
  docType: string;
}

/** What a sletting or retting will do: the documents it rewrites, the innsyn links it removes, and what it keeps. */
export interface PersonPlan {
  subject: DataSubject;
  rewrite: PersonRewrite;
  changes: Change[];
  /** Innsyn links about the person (they name them): removed on erasure. */
  links: Array<{ id: string; tokenHash: string }>;
  /** Approved referat versions that name the person: archive records, left as approved. */
  keptApproved: number;
  teamsUserIds: Set<string>;
}

type Services = Pick<PersonvernServices, "personvern" | "meetingIndex">;

/** Approved referat versions are the archive: neither erased nor corrected (a correction is a new version). */
const isApprovedVersion = (doc: Record<string, unknown>): boolean => doc.docType === "referatVersion" && Boolean(doc.approved);

/** Every document of the groups (and their meetings) that names the person, read now, with what it would become. */
export async function planPersonRewrite(
  services: Services,
  groupIds: string[],
  subject: DataSubject,
  rewrite: PersonRewrite,
): Promise<PersonPlan> {
  const documents: StoredDocument[] = [];
  for (const groupId of groupIds) {
    documents.push(...(await services.personvern.groupDocuments(groupId)));
    for (const entry of await services.meetingIndex.list(groupId)) {
      documents.push(...(await services.personvern.meetingDocuments(entry.meetingId)));
    }
  }
  const teamsUserIds = teamsUserIdsOf(
    documents.map((each) => each.doc),
    subject,
  );
  const changes: Change[] = [];
  let keptApproved = 0;
  for (const current of documents) {
    if (isApprovedVersion(current.doc)) {
      if (personItems([current], subject).length > 0) keptApproved++;
      continue;
    }
    if (rewritePerson(current.doc, subject, rewrite, teamsUserIds)) changes.push({ current, docType: String(current.doc.docType) });
  }
  const links =
    rewrite.kind === "erase"
      ? (await services.personvern.innsynLinks()).filter((link) => link.subject && sameSubject(link.subject, subject))
      : [];
  return { subject, rewrite, changes, links, keptApproved, teamsUserIds };
}

const sameSubject = (a: DataSubject, b: DataSubject): boolean =>
  (a.aadObjectId !== undefined && a.aadObjectId === b.aadObjectId) || a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** How many documents of each type the plan changes (and links it removes), for the confirmation card. */
export function countsOf(plan: PersonPlan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const change of plan.changes) counts.set(change.docType, (counts.get(change.docType) ?? 0) + 1);
  if (plan.links.length > 0) counts.set("downloadLink", plan.links.length);
  return counts;
}

const MAX_TRIES = 8;

/**
 * Carries out the plan, one document at a time, each written only over the version read: a document
 * someone wrote meanwhile is read again and rewritten from what they wrote, so nothing of theirs is
 * lost and nothing of the person comes back. Running it again finds nothing left to change.
 * Returns how many documents were written.
 */
export async function applyPersonRewrite(services: Services, plan: PersonPlan): Promise<number> {
  let written = 0;
  for (const change of plan.changes) {
    let current: StoredDocument | undefined = change.current;
    // One new key per attendee, however often the write is tried again.
    const freshKey = `former:${randomUUID()}`;
    for (let tries = 0; current && tries < MAX_TRIES; tries++) {
      const next = rewritePerson(current.doc, plan.subject, plan.rewrite, plan.teamsUserIds);
      if (!next) break;
      const moved = keyedByPerson(current.doc, next, plan.rewrite.kind === "erase" ? freshKey : undefined);
      if (moved ? await services.personvern.move(current, moved) : await services.personvern.replace(current, next)) {
        written++;
        break;
      }
      current = await services.personvern.read(current.container, String(current.doc.id), partitionOf(current));
    }
  }
  for (const link of plan.links) await services.personvern.removeLink(link);
  return written + plan.links.length;
}

const partitionOf = (stored: StoredDocument): string => String(stored.container === "meetings" ? stored.doc.meetingId : stored.doc.groupId);

/**
 * An attendee's id is made from its person key (their Entra id, or `guest:<name>`): when the key
 * changes, the document moves to the id of the new key. An erased person's key is a fresh random one,
 * so two former members in one meeting stay two attendees.
 */
function keyedByPerson(
  doc: Record<string, unknown>,
  next: Record<string, unknown>,
  freshKey: string | undefined,
): Record<string, unknown> | undefined {
  if (doc.docType !== "attendee" || next.personKey === doc.personKey) return undefined;
  const personKey = freshKey ?? String(next.personKey);
  return { ...next, personKey, id: attendeeDocId(personKey) };
}
