import type { FollowUp } from "./follow-up";

/**
 * Which follow-ups count against the group's limit of open ones: its own document in container
 * `groups` (partition `/groupId`, id `openFollowUps`). A new follow-up first reserves its place
 * here with a conditional write (ETag), so that of any number of leaders and bot instances
 * adding at once, no more than the limit pass; only then is the follow-up itself created.
 */
export interface OpenFollowUpLedger {
  id: typeof LEDGER_ID;
  groupId: string;
  docType: "openFollowUps";
  entries: LedgerEntry[];
}

export interface LedgerEntry {
  /** The follow-up's document id. */
  id: string;
  /** When its place was reserved (or, for one the ledger learnt of from storage, when it was made). */
  at: string;
}

export const LEDGER_ID = "openFollowUps";

/** A reservation whose follow-up was never created (its instance died in between) frees its place after this long. */
export const RESERVATION_LIFETIME_MS = 10 * 60_000;

/**
 * The ledger's entries as storage shows them, plus `id` if there is room: entries whose
 * follow-up is done or dropped leave; open follow-ups the ledger does not know (made before it
 * existed, or reopened) join; a reservation with no follow-up yet stays for its lifetime, since
 * another instance may be creating it right now. `known` is the group's follow-ups as read
 * before; `undefined` = no room (nothing is written).
 */
export function withReservation(
  entries: readonly LedgerEntry[],
  id: string,
  known: readonly FollowUp[],
  now: Date,
  limit: number,
): LedgerEntry[] | "reserved already" | undefined {
  if (entries.some((entry) => entry.id === id)) return "reserved already";
  const byId = new Map(known.map((followUp) => [followUp.id, followUp]));
  const oldest = now.getTime() - RESERVATION_LIFETIME_MS;
  const kept = entries.filter((entry) => {
    const followUp = byId.get(entry.id);
    return followUp ? followUp.status === "open" : Date.parse(entry.at) > oldest;
  });
  const keptIds = new Set(kept.map((entry) => entry.id));
  const unlisted = known.filter((followUp) => followUp.status === "open" && !keptIds.has(followUp.id));
  const counted = [...kept, ...unlisted.map((followUp) => ({ id: followUp.id, at: followUp.createdAt }))];
  return counted.length >= limit ? undefined : [...counted, { id, at: now.toISOString() }];
}
