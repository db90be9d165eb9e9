import { PeriodicTask } from "../../shared/periodic-task";
import { osloDateStamp } from "../../shared/time/oslo-time";
import { isWorkingDocument, keptWithoutApproval, retentionEnds } from "./retention";
import type { PersonvernServices } from "./services";

type Services = Pick<PersonvernServices, "personvern" | "meetingIndex" | "retentionClaims" | "retentionMonths" | "log" | "now">;

/**
 * Once a day, on one instance: every meeting whose referat was approved RETENTION_MONTHS ago or more
 * loses its working documents and download links; the approved version, the referat head and the
 * group's archive entry stay. Each instance ticks; the day's claim (RetentionClaims) lets one sweep.
 */
export class RetentionSweep extends PeriodicTask {
  constructor(
    private readonly services: Services,
    private readonly instanceId: string,
  ) {
    super();
  }

  protected work(): Promise<void> {
    return this.sweepToday();
  }

  /** The day's claim stays unfinished: another tick (here or elsewhere) takes it over after its lease. */
  protected failed(error: unknown): void {
    this.services.log.warn({ err: error }, "retention sweep failed; the claim is taken over later");
  }

  private async sweepToday(): Promise<void> {
    const now = this.services.now();
    const day = osloDateStamp(now);
    if (!(await this.services.retentionClaims.claim(day, this.instanceId, now))) return;
    const { deleted, meetings, kept } = await this.sweep(now);
    const outcome = `${deleted} working documents of ${meetings} meetings deleted; ${kept} meetings without an approved referat kept`;
    this.services.log.info({ deleted, meetings, kept, day }, "retention sweep done");
    await this.services.retentionClaims.done(day, this.instanceId, this.services.now(), outcome);
  }

  /** The sweep itself (also for a test that runs it directly). */
  async sweep(now: Date): Promise<{ deleted: number; meetings: number; kept: number }> {
    const { personvern, meetingIndex, retentionMonths } = this.services;
    let deleted = 0;
    let meetings = 0;
    let kept = 0;
    for (const group of await personvern.groupsWithApprovals()) {
      kept += keptWithoutApproval(await meetingIndex.list(group.groupId), retentionMonths, now).length;
      for (const approval of group.approvedReferats ?? []) {
        if (retentionEnds(approval.approvedAt, retentionMonths) > now) continue;
        const working = (await personvern.meetingDocuments(approval.meetingId)).filter(isWorkingDocument);
        const links = await personvern.meetingLinks(approval.meetingId);
        if (working.length === 0 && links.length === 0) continue;
        for (const stored of working) if (await personvern.remove(stored)) deleted++;
        for (const link of links) await personvern.removeLink(link);
        deleted += links.length;
        meetings++;
      }
    }
    return { deleted, meetings, kept };
  }
}
