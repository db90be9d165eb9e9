import type { Turn } from "../shared/turn";

/**
 * Teams retries an activity whose answer is late, usually while its first delivery is still
 * running. A retry that reaches the same process then waits for that delivery and shares its
 * outcome instead of running again (and posting everything twice). Only an optimisation: a retry
 * reaching another instance, or coming after the first ended, is recognised in storage
 * (handledActivityIds, lastActivityId, ids derived from the activity).
 */
export class InFlightActivities {
  private readonly running = new Map<string, Promise<unknown>>();

  /** Runs `work` for the turn's activity, or — for a retry of one still running — waits for it. */
  async once<T>(turn: Turn, work: () => Promise<T>): Promise<{ result: T; retry: boolean }> {
    const key = turn.activityId === undefined ? undefined : `${turn.conversation.conversationId}\n${turn.activityId}`;
    const first = key === undefined ? undefined : (this.running.get(key) as Promise<T> | undefined);
    if (first) {
      try {
        return { result: await first, retry: true };
      } catch {
        // The first delivery failed: this retry is what Teams sent it for, so it runs.
      }
    }
    const promise = work();
    if (key === undefined) return { result: await promise, retry: false };
    this.running.set(key, promise);
    try {
      return { result: await promise, retry: false };
    } finally {
      if (this.running.get(key) === promise) this.running.delete(key);
    }
  }
}
