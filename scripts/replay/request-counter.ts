import type { IncomingMessage } from "node:http";

export interface RequestCounts {
  queries: number;
  pointReads: number;
  writes: number;
  /**
   * Databases, containers, partition-key ranges, and the query-plan lookup the SDK sends beside
   * every query (in parallel, not charged): what the SDK asks for itself.
   */
  metadata: number;
}

/** Counts the Cosmos requests the embedded server answers, by kind, for the benchmark and tests. */
export class RequestCounter {
  private counts: RequestCounts = { queries: 0, pointReads: 0, writes: 0, metadata: 0 };

  observe(req: IncomingMessage): void {
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (/\/docs\/[^/]+$/.test(path)) {
      if (req.method === "GET") this.counts.pointReads += 1;
      else this.counts.writes += 1;
    } else if (/\/docs$/.test(path) && req.method === "POST") {
      if (isTrue(req.headers["x-ms-cosmos-is-query-plan-request"])) this.counts.metadata += 1;
      else if (isTrue(req.headers["x-ms-documentdb-isquery"])) this.counts.queries += 1;
      else this.counts.writes += 1;
    } else {
      this.counts.metadata += 1;
    }
  }

  snapshot(): RequestCounts {
    return { ...this.counts };
  }

  /** What was asked between `before` (a snapshot) and now. */
  since(before: RequestCounts): RequestCounts {
    return {
      queries: this.counts.queries - before.queries,
      pointReads: this.counts.pointReads - before.pointReads,
      writes: this.counts.writes - before.writes,
      metadata: this.counts.metadata - before.metadata,
    };
  }
}

const isTrue = (header: string | string[] | undefined): boolean => String(header).toLowerCase() === "true";
