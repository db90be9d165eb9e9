/**
 * What one whole meeting of the reference's size costs in Cosmos requests: the 11 September 2025
 * meeting (14 people, 8 items, 10 municipalities) replayed over HTTP as Teams delivered it, and
 * its referat asked for twice. The request units and the price are an estimate (see ASSUMED).
 */
import { meetingChat } from "../scripts/replay/activities";
import type { ConnectorStandIn } from "../scripts/replay/connector-standin";
import type { RequestCounter, RequestCounts } from "../scripts/replay/request-counter";
import { askReferat, replayScenario } from "../scripts/replay/replay-scenario";
import { loadScenario } from "../scripts/replay/scenario";

/** Request units per request of this size, as Azure Cosmos DB charges them (estimates, see the table's note). */
const ASSUMED = { pointRead: 1.5, write: 8, query: 3.5, usdPerMillionRu: 0.25 } as const;

export interface MeetingCost {
  counts: RequestCounts;
  requestUnits: number;
  usd: number;
}

export async function meetingCost(rig: {
  botUrl: string;
  standIn: ConnectorStandIn;
  storageEnv: Record<string, string>;
  counter: RequestCounter;
}): Promise<MeetingCost> {
  const before = rig.counter.snapshot();
  const replayed = await replayScenario(
    { botUrl: () => rig.botUrl, standIn: rig.standIn, storageEnv: rig.storageEnv },
    loadScenario("naeringssamarbeid-2025-09-11"),
    meetingChat(7777),
  );
  await askReferat(replayed.flow, replayed.secretary);
  await askReferat(replayed.flow, replayed.secretary);
  const counts = rig.counter.since(before);
  const requestUnits = counts.pointReads * ASSUMED.pointRead + counts.writes * ASSUMED.write + counts.queries * ASSUMED.query;
  return { counts, requestUnits, usd: (requestUnits / 1_000_000) * ASSUMED.usdPerMillionRu };
}

export function meetingCostTable(cost: MeetingCost): string {
  const { counts } = cost;
  return [
    "### Cost of one meeting (estimate)",
    "",
    "The reference meeting (14 people, 8 items, 10 municipalities) replayed over HTTP with its group import, " +
      "and `referat` asked for twice, as counted by the embedded server:",
    "",
    "| Kind | Requests | Assumed RU each | RU |",
    "|---|---:|---:|---:|",
    `| Point reads | ${counts.pointReads} | ${ASSUMED.pointRead} | ${(counts.pointReads * ASSUMED.pointRead).toFixed(0)} |`,
    `| Writes (create, replace, upsert, patch) | ${counts.writes} | ${ASSUMED.write} | ${(counts.writes * ASSUMED.write).toFixed(0)} |`,
    `| Queries (single-partition) | ${counts.queries} | ${ASSUMED.query} | ${(counts.queries * ASSUMED.query).toFixed(0)} |`,
    `| SDK metadata (not charged) | ${counts.metadata} | 0 | 0 |`,
    `| **Total** | ${counts.pointReads + counts.writes + counts.queries + counts.metadata} | | **${cost.requestUnits.toFixed(0)}** |`,
    "",
    `**Estimate:** ${cost.requestUnits.toFixed(0)} RU ≈ USD ${cost.usd.toFixed(5)} per meeting on Azure Cosmos DB serverless. ` +
      `Assumptions, not measurements: a point read of a document of a few KB costs ${ASSUMED.pointRead} RU, a write ` +
      `${ASSUMED.write} RU (default indexing, documents of 1–10 KB; the meeting document grows with notes), a single-partition ` +
      `query returning a handful of small documents ${ASSUMED.query} RU; serverless at USD ${ASSUMED.usdPerMillionRu} per ` +
      "million RU (list price; check the region's) plus storage at about USD 0.25 per GB-month. Azure's own RU charge " +
      "(the `x-ms-request-charge` header) would replace these assumptions in a run against a real account.",
  ].join("\n");
}
