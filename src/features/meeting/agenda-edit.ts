import { randomUUID } from "node:crypto";
import type { AgendaItem } from "../../shared/meeting/meeting";

export interface NewAgendaItem {
  title: string;
  roundTableTopic?: string;
}

const normalise = (title: string): string => title.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();

/**
 * The agenda after an edit: an item whose title is unchanged keeps its key and its notes
 * (matched once each, in order); new titles start empty.
 */
export function replaceAgenda(previous: AgendaItem[], items: NewAgendaItem[]): AgendaItem[] {
  const unclaimed = [...previous];
  return items.map((item) => {
    const index = unclaimed.findIndex((old) => normalise(old.title) === normalise(item.title));
    const kept = index >= 0 ? unclaimed.splice(index, 1)[0] : undefined;
    return {
      key: kept?.key ?? randomUUID(),
      title: item.title,
      ...(item.roundTableTopic !== undefined ? { roundTableTopic: item.roundTableTopic } : {}),
      notes: kept?.notes ?? [],
    };
  });
}

/** The current item after an edit: the same item if it is still there, else the nearest position. */
export function currentIndexAfterEdit(previous: AgendaItem[], currentIndex: number, next: AgendaItem[]): number {
  const currentKey = previous[currentIndex]?.key;
  const found = next.findIndex((item) => item.key === currentKey);
  if (found >= 0) return found;
  return Math.max(0, Math.min(currentIndex, next.length - 1));
}
