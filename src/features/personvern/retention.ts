import type { MeetingIndexEntry } from "../../shared/meeting/meeting-index";
import type { StoredDocument } from "./store";

/** The moment a meeting's working documents may go: `months` calendar months after its referat was approved. */
export function retentionEnds(approvedAt: string, months: number): Date {
  const end = new Date(approvedAt);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end;
}

/**
 * What stays of a meeting when its retention ends: the approved referat version (an archive record) and
 * the referat head that points to it. Everything else in its partition is a working document: the
 * meeting itself (agenda, notes, roles, handled activities), attendance, round-table entries and drafts.
 */
export const isWorkingDocument = (stored: StoredDocument): boolean =>
  !(stored.doc.docType === "referatVersion" && Boolean(stored.doc.approved)) && stored.doc.docType !== "referatHead";

/** Meetings that started more than `months` ago and have no approved referat: kept, and listed for the secretary. */
export function keptWithoutApproval(index: MeetingIndexEntry[], months: number, now: Date): MeetingIndexEntry[] {
  return index.filter((entry) => entry.approvedVersion === undefined && retentionEnds(entry.start, months) <= now);
}
