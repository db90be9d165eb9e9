/** `text` cut to at most `max` characters (code points, never half a character), ending in "…" when cut. */
export function shortenText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max).join("")}…` : text;
}

/** The first of `all` whose sizes add up to at most `budget` characters (at least one). */
export function firstWithin<T>(all: T[], size: (item: T) => number, budget: number): T[] {
  let characters = 0;
  const taken: T[] = [];
  for (const item of all) {
    characters += size(item);
    if (characters > budget && taken.length > 0) break;
    taken.push(item);
  }
  return taken;
}
