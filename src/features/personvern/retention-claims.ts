import type { Container, Resource } from "@azure/cosmos";
import { isConflict, isPreconditionFailed } from "../../storage/storage-errors";

/**
 * The day's retention sweep, in container `schedule` (partition `/day`, its Oslo day): the instance
 * that creates it does the sweep; the others see it and do nothing. A claim not marked done within
 * CLAIM_LEASE_MS was lost with its instance and is taken over (conditionally on its ETag).
 */
interface RetentionClaim {
  id: "retention-sweep";
  day: string;
  docType: "retentionSweep";
  state: "claimed" | "done";
  claim: { by: string; at: string };
  outcome?: string;
  /** Seconds until Cosmos removes it (the container's per-document expiry). */
  ttl: number;
}

const ID = "retention-sweep";
export const CLAIM_LEASE_MS = 30 * 60_000;
const KEEP_SECONDS = 60 * 24 * 3600;

export class RetentionClaims {
  constructor(private readonly schedule: Container) {}

  /** True when this instance has the day's sweep to do (first, or after a lost claim's lease). */
  async claim(day: string, by: string, now: Date): Promise<boolean> {
    const claim = claimOf(day, by, now, "claimed");
    try {
      await this.schedule.items.create(claim);
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const { resource } = await this.schedule.item(ID, day).read<RetentionClaim & Resource>();
    if (!resource || resource.state === "done" || now.getTime() - Date.parse(resource.claim.at) < CLAIM_LEASE_MS) return false;
    try {
      await this.schedule.item(ID, day).replace(claim, { accessCondition: { type: "IfMatch", condition: resource._etag } });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  async done(day: string, by: string, now: Date, outcome: string): Promise<void> {
    await this.schedule.items.upsert({ ...claimOf(day, by, now, "done"), outcome });
  }
}

const claimOf = (day: string, by: string, now: Date, state: RetentionClaim["state"]): RetentionClaim => ({
  id: ID,
  day,
  docType: "retentionSweep",
  state,
  claim: { by, at: now.toISOString() },
  ttl: KEEP_SECONDS,
});
