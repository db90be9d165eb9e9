/** "Bærum kommune", "bærum", "BÆRUM  Kommune" all name the same municipality. */
const bare = (name: string): string =>
  name
    .toLocaleLowerCase("nb")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ kommune$/, "");

/** The group's municipality that `typed` names (case-insensitively, with or without "kommune"). */
export function groupMunicipality(typed: string | undefined, municipalities: string[]): string | undefined {
  if (!typed?.trim()) return undefined;
  return municipalities.find((m) => bare(m) === bare(typed));
}

/**
 * "Ingrid Berg Bærum" or "Ingrid Berg Bærum kommune" → the name and the group's municipality it
 * ends with (the longest that fits); or the whole text as the name.
 */
export function splitMunicipality(args: string, municipalities: string[]): { name: string; municipality?: string } {
  const words = args.trim().split(/\s+/);
  for (let take = Math.min(words.length - 1, 6); take >= 1; take--) {
    const municipality = groupMunicipality(words.slice(-take).join(" "), municipalities);
    if (municipality) return { name: words.slice(0, -take).join(" "), municipality };
  }
  return { name: args.trim() };
}
