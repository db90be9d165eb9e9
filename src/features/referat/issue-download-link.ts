import { osloDateStamp } from "../../shared/time/oslo-time";
import type { Turn } from "./services";

export const LINK_LIFETIME_HOURS = 24;

/** A fresh link to one version's files, valid for 24 hours. */
export async function issueDownload(turn: Turn, meetingId: string, version: number, meetingStart: string): Promise<string> {
  const fileName = `referat-${osloDateStamp(new Date(meetingStart))}-v${version}`;
  const token = await turn.services.downloadLinks.issue(
    { meetingId, version, fileName },
    turn.services.now(),
    LINK_LIFETIME_HOURS * 3_600_000,
  );
  return `${turn.services.publicBaseUrl()}/download/${token}`;
}
