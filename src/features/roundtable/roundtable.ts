import type { Bullet } from "../../shared/bullet-text";

export interface Contributor {
  aadObjectId?: string;
  name: string;
}

/**
 * One municipality's entry: its own document in container `meetings` (partition `/meetingId`),
 * shared by the municipality's representatives and guarded by ETag.
 */
export interface RoundTableEntry {
  id: string;
  meetingId: string;
  docType: "roundTableEntry";
  municipality: string;
  bullets: Bullet[];
  /** Representatives who wrote it, in order of first contribution. */
  contributors: Contributor[];
  /** Set when the chair or secretary wrote it for the municipality (reported orally). */
  recordedBy?: Contributor;
  /** Names for the referat heading, given by the chair or secretary when recording it. */
  presenters?: string;
  /** The Teams activity that last wrote it: a retried delivery is recognised. */
  lastActivityId?: string;
  /**
   * Counts the writes (absent = 0). A form carries the revision it showed, not the ETag: an
   * ETag changes when storage is restored (the embedded store at restart), the revision does not.
   */
  revision?: number;
  /**
   * Set while the current text is by someone new to the municipality who wrote over others' text
   * (see entry-hands.ts): the shared card names them until the municipality or a leader confirms.
   */
  unconfirmedChange?: { by: Contributor; at: string };
  /** The entry as each write left it, oldest first (see entry-history.ts for which are kept; absent before history was kept). */
  history?: EntryRevision[];
  submittedAt: string;
  updatedAt: string;
}

/** One write of an entry: what it said after the write, who wrote it and when. */
export interface EntryRevision {
  revision: number;
  bullets: Bullet[];
  contributors: Contributor[];
  recordedBy?: Contributor;
  presenters?: string;
  by: Contributor;
  at: string;
  /** Set when the chair or secretary brought back an earlier revision. */
  restoredFrom?: number;
}

/**
 * The names after the dash in the referat: one contributor by full name ("Haakon Gjems"),
 * several by first names ("Berte og Eli"), as the reference referat writes them.
 */
export function presenterNames(entry: Pick<RoundTableEntry, "contributors" | "presenters">): string {
  if (entry.presenters) return entry.presenters;
  const names = entry.contributors.map((c) => c.name.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? "";
  const first = names.map((name) => name.split(" ")[0] ?? name);
  return `${first.slice(0, -1).join(", ")} og ${first.at(-1)}`;
}

/** The version token a form carries for this entry. */
export const revisionOf = (entry: Pick<RoundTableEntry, "revision">): string => String(entry.revision ?? 0);
