import { MAX_ITEM_TITLE } from "../../shared/meeting/meeting";

export interface ParsedAgendaItem {
  title: string;
  roundTableTopic?: string;
}

export const MAX_AGENDA_ITEMS = 50;
/** What the editor accepts (its Input.Text maxLength): 50 items of 300 characters fit with their numbers. */
export const MAX_AGENDA_TEXT = 20_000;

export type AgendaTextError = "empty" | "tooMany" | "titleTooLong" | "tooLong";

// A line's spaces are collapsed to one and trimmed before these are applied.
const BULLET = /^[•·▪◦‣*–—-] ?/;
/** "Sak 1:", "sak 3 -", "Sak 4", "Item 2.", "Sak 3b:" — the number the user wrote, with what separates it from the title. */
const NAMED_NUMBER = /^(?:sak|punkt|item) ?\d+[a-z]?(?: ?[:.)–—-] ?| |$)/i;
/** "3.", "3)", "3:", "3 -" — but not "2026 budsjett" or "3.5 mill.". */
const BARE_NUMBER = /^\d+(?: ?[.):](?!\d)| [–—-](?= )) ?/;
const ROUND_TABLE = /^(?:runde rundt bordet|round table)(?![\p{L}\p{N}])/iu;
/** What follows the words "Runde rundt bordet": a topic when a dash or colon comes first. */
const TOPIC = /^ ?[:–—-] ?(.*)/;

function cleanLine(line: string): string {
  const collapsed = line.replace(/\s+/g, " ").trim();
  return collapsed.replace(BULLET, "").replace(NAMED_NUMBER, "").replace(BARE_NUMBER, "");
}

/**
 * Lines like "Sak 1: Godkjenning av innkalling og dagsorden", "Sak 4 Handlingsprogram 2026", "sak 3 - Arbeidsgrupper",
 * "3. Arbeidsgrupper", "3) Arbeidsgrupper", "• Eventuelt", "- Eventuelt", or a bare title. The written number is dropped.
 * The first item starting with "Runde rundt bordet"/"Round table" is the round table; its topic is the text after a
 * dash or colon ("" when there is none). A line that is only a number ("Sak 5:") is ignored like a blank line.
 */
export function parseAgendaText(text: string): { items: ParsedAgendaItem[] } | { error: AgendaTextError; line?: number } {
  if (text.length > MAX_AGENDA_TEXT) return { error: "tooLong" };
  const items: ParsedAgendaItem[] = [];
  let hasRoundTable = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const title = cleanLine(line);
    if (title === "") continue;
    if ([...title].length > MAX_ITEM_TITLE) return { error: "titleTooLong", line: index + 1 };
    const roundTable = hasRoundTable ? null : ROUND_TABLE.exec(title);
    if (roundTable) {
      hasRoundTable = true;
      const topic = TOPIC.exec(title.slice(roundTable[0].length));
      items.push({ title, roundTableTopic: topic?.[1] ?? "" });
    } else {
      items.push({ title });
    }
  }
  if (items.length === 0) return { error: "empty" };
  if (items.length > MAX_AGENDA_ITEMS) return { error: "tooMany" };
  return { items };
}

/**
 * The standing items, nb and en: approval of notice and agenda, approval of the previous referat
 * (first two), and Eventuelt/Any other business (last).
 */
export const STANDING_ITEMS: { nb: { first: string[]; last: string[] }; en: { first: string[]; last: string[] } } = {
  nb: {
    first: ["Godkjenning av innkalling og dagsorden", "Godkjenning av referat fra tidligere møter"],
    last: ["Eventuelt"],
  },
  en: {
    first: ["Approval of the notice and agenda", "Approval of the minutes of previous meetings"],
    last: ["Any other business"],
  },
};

// Stryker disable next-line MethodExpression: upper or lower case, either way case does not count
const comparable = (title: string) => title.replace(/\s/g, "").toLowerCase();

/** The item that carries the group's open follow-ups, after the approval of the previous referat. */
export const FOLLOW_UP_STANDING_ITEM = { nb: "Oppfølging fra forrige møte", en: "Follow-ups from the previous meeting" } as const;

/**
 * Adds the standing items that are missing (compared case-insensitively, ignoring whitespace):
 * "first" on top, then "Oppfølging fra forrige møte" when the group has open follow-ups, "last" at the end.
 */
export function withStandingItems(items: ParsedAgendaItem[], language: "nb" | "en", openFollowUps = false): ParsedAgendaItem[] {
  const present = new Set(items.map((item) => comparable(item.title)));
  const missing = (titles: string[]) =>
    titles.filter((title) => !present.has(comparable(title))).map((title): ParsedAgendaItem => ({ title }));
  const standing = STANDING_ITEMS[language];
  const followUps = openFollowUps ? missing([FOLLOW_UP_STANDING_ITEM[language]]) : [];
  return [...missing(standing.first), ...followUps, ...items, ...missing(standing.last)];
}
