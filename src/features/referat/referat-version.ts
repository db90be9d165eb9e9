import { createHash } from "node:crypto";
import type { Referat } from "./referat";

/**
 * One numbered version of a meeting's referat, in container `meetings` (partition
 * `/meetingId`, id `referat:v<N>`). Created once, never rewritten — except to mark it
 * approved; an approved version never changes again.
 */
export interface ReferatVersion {
  id: string;
  meetingId: string;
  docType: "referatVersion";
  version: number;
  groupId: string;
  /** Of the referat's content: an unchanged meeting gives the same hash, and no new version. */
  contentHash: string;
  referat: Referat;
  createdAt: string;
  createdBy: { aadObjectId?: string; name: string };
  approved?: { at: string; by: { aadObjectId?: string; name: string } };
}

/**
 * Which version is the newest, and its hash, in the same partition (id `referat`): read by the
 * referat's one query, and the single point of contention when two drafts are made at once.
 */
export interface ReferatHead {
  id: "referat";
  meetingId: string;
  docType: "referatHead";
  latestVersion: number;
  latestHash: string;
  approvedVersion?: number;
  updatedAt: string;
}

export const versionDocId = (version: number): string => `referat:v${version}`;

export const contentHashOf = (referat: Referat): string => createHash("sha256").update(JSON.stringify(referat)).digest("hex");
