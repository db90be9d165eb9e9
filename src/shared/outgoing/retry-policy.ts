import { RETRIED_STATUSES } from "../teams-limits";

/** What a failed call to Teams said: its HTTP status and, on a 429, how long Teams asked to wait. */
export interface CallFailure {
  status?: number;
  retryAfterMs?: number;
}

export const MAX_ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 500;
const LONGEST_BACKOFF_MS = 30_000;

/**
 * Teams' guidance ("Optimize your bot with rate limiting in Teams"): retry 429, 412, 502 and 504 with
 * exponential backoff and random jitter. The wait is at least what `Retry-After` asked.
 * Undefined: do not retry (another status, or `attempt` was the last).
 */
export function retryDelayMs(failure: CallFailure, attempt: number, random: () => number): number | undefined {
  if (failure.status === undefined || !RETRIED_STATUSES.includes(failure.status) || attempt >= MAX_ATTEMPTS) return undefined;
  const backoff = Math.min(LONGEST_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
  const jittered = backoff / 2 + random() * (backoff / 2);
  return Math.max(jittered, failure.retryAfterMs ?? 0);
}
