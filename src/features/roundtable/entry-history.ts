import type { Contributor, EntryRevision, RoundTableEntry } from "./roundtable";

/** Older revisions beyond this are dropped (an entry is at most 4000 characters: the document stays small). */
export const MAX_REVISIONS = 20;

/** `entry` (its content already the new one) with that content recorded as its latest revision. */
export function recordRevision(entry: RoundTableEntry, by: Contributor, restoredFrom?: number): RoundTableEntry {
  const revision: EntryRevision = {
    revision: entry.revision ?? 0,
    bullets: entry.bullets,
    contributors: entry.contributors,
    ...(entry.recordedBy ? { recordedBy: entry.recordedBy } : {}),
    ...(entry.presenters ? { presenters: entry.presenters } : {}),
    by,
    at: entry.updatedAt,
    ...(restoredFrom !== undefined ? { restoredFrom } : {}),
  };
  return { ...entry, history: [...(entry.history ?? []), revision].slice(-MAX_REVISIONS) };
}

const samePerson = (a: Contributor, b: Contributor): boolean => (a.aadObjectId ? a.aadObjectId === b.aadObjectId : a.name === b.name);

/**
 * The latest change when it was made by someone who had not written this entry before (a
 * substitute, or someone writing for another municipality): the shared card names them.
 */
export function changedHands(entry: RoundTableEntry): EntryRevision | undefined {
  const history = entry.history ?? [];
  const latest = history.at(-1);
  if (!latest || history.length < 2) return undefined;
  return history.slice(0, -1).some((earlier) => samePerson(earlier.by, latest.by)) ? undefined : latest;
}

/** The revision to bring back, if the entry still has it. */
export const revisionNumbered = (entry: RoundTableEntry, revision: number): EntryRevision | undefined =>
  (entry.history ?? []).find((r) => r.revision === revision);
