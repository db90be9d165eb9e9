import type { Contributor, EntryRevision, RoundTableEntry } from "./roundtable";
import { samePerson } from "./entry-hands";

/**
 * The newest revisions always kept. With the first and one per earlier writer, at most 19: the
 * document stays small (an entry is at most 4000 characters) and the leader's form, which lists
 * every kept revision, stays within Teams' recommended 80 KB.
 */
export const MAX_REVISIONS = 10;
/** Besides those, the last revision of at most this many earlier writers is kept. */
export const MAX_EARLIER_WRITERS = 8;

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
  return { ...entry, history: keptRevisions([...(entry.history ?? []), revision]) };
}

/**
 * Which revisions stay, however many saves there are: the newest MAX_REVISIONS, the first (what
 * the municipality wrote first), and the last one by each earlier writer (the latest
 * MAX_EARLIER_WRITERS of them), so that the chair can always bring back what the municipality's
 * own people wrote, even after someone else saved over it many times.
 */
export function keptRevisions(history: EntryRevision[]): EntryRevision[] {
  if (history.length <= MAX_REVISIONS) return history;
  const kept = new Set<EntryRevision>([history[0] as EntryRevision, ...history.slice(-MAX_REVISIONS)]);
  const writers: Contributor[] = [];
  for (const revision of [...history].reverse()) {
    if (writers.some((writer) => samePerson(writer, revision.by))) continue;
    writers.push(revision.by);
    kept.add(revision);
    if (writers.length > MAX_EARLIER_WRITERS) break;
  }
  return history.filter((revision) => kept.has(revision));
}

/** The change the shared card names ("endret av …"), while it is unconfirmed. */
export const changedHands = (entry: RoundTableEntry): { by: Contributor; at: string } | undefined => entry.unconfirmedChange;

/** The revision to bring back, if the entry still has it. */
export const revisionNumbered = (entry: RoundTableEntry, revision: number): EntryRevision | undefined =>
  (entry.history ?? []).find((r) => r.revision === revision);
