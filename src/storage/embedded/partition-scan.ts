import type Document from "@vercel/cosmosdb-server/lib/account/document";
import Documents from "@vercel/cosmosdb-server/lib/account/documents";
import { PARTITION_PARAMETER } from "./partition-scoped-query";

type QueryParams = Parameters<Documents["query"]>[0];
const installed = Symbol.for("motebot.partitionScan");

/**
 * `@vercel/cosmosdb-server` runs every query over every document of the container, so a
 * single-partition query cost more as the container grew (12 ms for one meeting's entries after the
 * benchmark's 60 meetings; a year of meetings would cost more). A query that `azureRulesListener`
 * scoped to a partition (it carries `@embeddedPartitionKey`) now runs over that partition's
 * documents only. Its answer is the same: the scoped query compares the same key with the same value.
 */
export function scanOnlyTheQueriedPartition(): void {
  const prototype = Documents.prototype as Documents & { [installed]?: true };
  if (prototype[installed]) return;
  const query = prototype.query;
  prototype.query = function (this: Documents, params: QueryParams, options) {
    const scoped = params.parameters?.find((p) => p.name === PARTITION_PARAMETER);
    if (!scoped) return query.call(this, params, options);
    const inPartition = new Map<string, Document>();
    for (const [rid, item] of this._data) {
      if (this._getPartition(item.read()) === scoped.value) inPartition.set(rid, item);
    }
    // The same collection seen with only that partition's documents.
    const view = Object.create(this, { _data: { value: inPartition } }) as Documents;
    return query.call(view, params, options);
  };
  prototype[installed] = true;
}
