import type { Container } from "@azure/cosmos";
import { composeReferat } from "../src/features/referat/compose-referat";
import { buildReferat } from "../src/features/referat/build-referat";
import { renderDocx } from "../src/features/referat/render-docx";
import { renderMarkdown } from "../src/features/referat/render-markdown";
import type { RequestCounter } from "../scripts/replay/request-counter";
import { GroupStore } from "../src/features/working-group/store";
import { MeetingStore } from "../src/shared/meeting/meeting-store";
import { ReferatStore } from "../src/features/referat/store";
import { FollowUpStore } from "../src/features/followups/store";
import { measure, ms, type Timing } from "./measure";
import { largeMeeting } from "./referat-fixture";

export const REFERAT_SIZE = { attendees: 60, items: 30, municipalities: 40 };

export interface ReferatFigures {
  readsAndMarkdown: Timing;
  buildAndMarkdown: Timing;
  docx: Timing;
  requests: { queries: number; pointReads: number; writes: number; metadata: number };
  markdownBytes: number;
  docxBytes: number;
}

/**
 * The `referat` command's work for a large meeting, from stored documents: the meeting and group
 * point reads and the partition query (as the command does them), building the referat and
 * rendering its Markdown; and, separately, the Word file the download link serves.
 */
export async function referatBench(
  containers: { meetings: Container; groups: Container },
  requests: RequestCounter,
): Promise<ReferatFigures> {
  const data = largeMeeting("bench-meeting", REFERAT_SIZE);
  await containers.groups.items.upsert(data.group);
  await containers.meetings.items.upsert(data.meeting);
  await Promise.all([...data.attendees, ...data.entries].map((doc) => containers.meetings.items.upsert(doc)));

  const services = {
    groups: new GroupStore(containers.groups),
    referats: new ReferatStore(containers.meetings),
    followUps: new FollowUpStore(containers.groups),
  };
  const meetings = new MeetingStore(containers.meetings);
  const fromStorage = async () => {
    const meeting = await meetings.read(data.meeting.meetingId);
    if (!meeting) throw new Error("bench meeting missing");
    const composed = await composeReferat(services, meeting.doc, "nb");
    if (composed.kind !== "referat") throw new Error(`no referat: ${composed.kind}`);
    return { composed, markdown: renderMarkdown(composed.referat) };
  };

  const warm = await fromStorage();
  const before = requests.snapshot();
  await fromStorage();
  const counted = requests.since(before);

  const readsAndMarkdown = await measure(fromStorage, 100);
  const buildAndMarkdown = await measure(
    () =>
      renderMarkdown(
        buildReferat({ language: "nb", group: data.group, meeting: data.meeting, attendees: data.attendees, entries: data.entries }),
      ),
    300,
  );
  const referat = warm.composed.referat;
  const docx = await measure(() => renderDocx(referat), 50);
  return {
    readsAndMarkdown,
    buildAndMarkdown,
    docx,
    requests: counted,
    markdownBytes: Buffer.byteLength(warm.markdown),
    docxBytes: (await renderDocx(referat)).length,
  };
}

export function referatTable(f: ReferatFigures): string {
  const { attendees, items, municipalities } = REFERAT_SIZE;
  return [
    `### Referat for ${attendees} attendees, ${items} items, ${municipalities} municipalities`,
    "",
    "| Figure | Median | p95 | Target |",
    "|---|---|---|---|",
    `| Stored documents → Markdown (2 point reads + 1 query + build + render) | ${ms(f.readsAndMarkdown.median)} | ` +
      `${ms(f.readsAndMarkdown.p95)} | well under 100 ms |`,
    `| Build + Markdown from documents in memory | ${ms(f.buildAndMarkdown.median)} | ${ms(f.buildAndMarkdown.p95)} | |`,
    `| Word (.docx) from the stored version | ${ms(f.docx.median)} | ${ms(f.docx.p95)} | well under 100 ms |`,
    "",
    `Cosmos requests to produce it: ${f.requests.queries} query, ${f.requests.pointReads} point reads, ${f.requests.writes} writes, ` +
      `${f.requests.metadata} metadata (target: 1 query + a few point reads). Markdown ${(f.markdownBytes / 1024).toFixed(1)} KB ` +
      `(over the 20 KB chat limit, so the chat gets the summary card), .docx ${(f.docxBytes / 1024).toFixed(1)} KB.`,
  ].join("\n");
}
