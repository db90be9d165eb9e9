/** The name of the parameter the scoped query compares the partition key with. */
export const PARTITION_PARAMETER = "@embeddedPartitionKey";

const KEYWORDS = new Set(["WHERE", "JOIN", "ORDER", "GROUP", "OFFSET", "AS"]);

/**
 * `SELECT … FROM c [WHERE cond] [ORDER BY …]` becomes `… FROM c WHERE c["key"] = @p AND (cond) …`,
 * so the query sees one partition, as Azure scopes a query sent with a partition key. Only the
 * query's own clauses count: words inside strings and parentheses are skipped. A query whose
 * shape it does not know is left as it is (undefined).
 */
export function scopeQueryToPartition(query: string, partitionKeyPath: string): { query: string; parameter: string } | undefined {
  const key = partitionKeyPath.replace(/^\//, "");
  if (!key || key.includes("/")) return undefined;
  const words = topLevelWords(query);
  const from = words.findIndex((w) => w.upper === "FROM");
  const source = words[from + 1];
  if (from < 0 || !source) return undefined;
  const named = words[from + 2];
  const aliasWord = named?.upper === "AS" ? words[from + 3] : named && !KEYWORDS.has(named.upper) ? named : undefined;
  const alias = (aliasWord ?? source).text;
  if (!/^[A-Za-z_]\w*$/.test(alias)) return undefined;
  const condition = `${alias}[${JSON.stringify(key)}] = ${PARTITION_PARAMETER}`;
  const after = words.slice(from + 1);
  const where = after.find((w) => w.upper === "WHERE");
  const tail = after.find((w) => (w.upper === "ORDER" || w.upper === "GROUP" || w.upper === "OFFSET") && (!where || w.at > where.at));
  const end = tail ? tail.at : query.length;
  const scoped = where
    ? `${query.slice(0, where.at)}WHERE ${condition} AND (${query.slice(where.at + 5, end).trim()}) ${query.slice(end)}`
    : `${query.slice(0, end).trimEnd()} WHERE ${condition} ${query.slice(end)}`;
  return { query: scoped.trim(), parameter: PARTITION_PARAMETER };
}

/** The words outside strings and parentheses, with where each starts. */
function topLevelWords(query: string): Array<{ text: string; upper: string; at: number }> {
  const words: Array<{ text: string; upper: string; at: number }> = [];
  let depth = 0;
  let i = 0;
  while (i < query.length) {
    const char = query[i] ?? "";
    if (char === "'" || char === '"') {
      const close = query.indexOf(char, i + 1);
      i = close < 0 ? query.length : close + 1;
    } else if (char === "(" || char === "[") {
      depth++;
      i++;
    } else if (char === ")" || char === "]") {
      depth--;
      i++;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_]\w*/.exec(query.slice(i));
      const text = match?.[0] ?? char;
      if (depth === 0) words.push({ text, upper: text.toUpperCase(), at: i });
      i += text.length;
    } else {
      i++;
    }
  }
  return words;
}
