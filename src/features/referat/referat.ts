import type { Language } from "../../shared/language";
import type { Bullet } from "../../shared/bullet-text";

/**
 * A draft referat as data: what every output format (Markdown, Word) renders, and what a
 * stored version keeps. Built deterministically from the meeting's stored documents; every
 * string in it is plain text (escaping is the renderers' job).
 */
export interface Referat {
  language: Language;
  /** "Referat fra <group>". */
  title: string;
  /** The group's name: the Word file's subject. */
  group?: string;
  /** "11. september 2025, kl. 10:00-12:30"; absent when the meeting has no times. */
  time?: string;
  /** "11. september 2025", for the page footer. */
  date?: string;
  place: string;
  /** The meeting's introduction, after "Sted". */
  intro?: string;
  /** Where the meeting papers were published: an https link and the text shown for it. */
  papers?: { url: string; text: string };
  /** The archive reference ("Vår ref"), in the page footer. */
  archiveRef?: string;
  /** Present members, Norwegian alphabetical order (the secretary is listed under Sekretariat). */
  present: string[];
  absent: Array<{ name: string; reason?: string }>;
  /** Present guests, "Name (municipality)" when known. */
  guests: string[];
  chair?: { name: string; title?: string };
  secretary?: string;
  items: ReferatItem[];
  /** Every follow-up of the group still open: "Oppfølgingspunkter" at the end. */
  openFollowUps?: ReferatFollowUp[];
}

/** A follow-up as the referat shows it (see the followups feature). */
export interface ReferatFollowUp {
  text: string;
  responsible?: string;
  /** "1. april 2026". */
  deadline?: string;
  /** "Sak 3: Arbeidsgrupper", where it was made. */
  item: string;
  /** "11. september 2025", the meeting it was made in. */
  meetingDate: string;
  /** For a carried follow-up: its status after this meeting ("open": it continues). */
  status: "open" | "done" | "dropped";
}

/** A sub-heading inside a Sak's notes ("Gruppe 1: …"), a paragraph, or a bullet with its sub-bullets. */
export type Block =
  | { kind: "paragraph"; text: string }
  /** Level 4: a numbered point under a sub-heading ("1. Tydelighet …" under "Gruppe 3: …"), one level deeper. */
  | { kind: "heading"; text: string; level?: 4 }
  | { kind: "bullet"; text: string; children: string[]; decision?: true };

export interface ReferatItem {
  number: number;
  title: string;
  blocks: Block[];
  /** Follow-ups made on this item in this meeting. */
  followUps?: ReferatFollowUp[];
  /** At "Oppfølging fra forrige møte": the follow-ups carried from earlier meetings, with their status. */
  carried?: ReferatFollowUp[];
  /** The round-table item: one section per municipality that reported, in the group's order. */
  roundTable?: { sections: RoundTableSection[]; missing: string[] };
}

export interface RoundTableSection {
  municipality: string;
  /** "Haakon Gjems", "Berte og Eli"; empty when nobody is named. */
  names: string;
  bullets: Bullet[];
}

/** Counts for the summary card and the closing line. */
export function referatCounts(referat: Referat): { present: number; guests: number; items: number; reported: number; missing: string[] } {
  const roundTables = referat.items.flatMap((item) => (item.roundTable ? [item.roundTable] : []));
  return {
    // As the check-in card counts: the names under "Tilstede på møtet", guests apart.
    present: referat.present.length,
    guests: referat.guests.length,
    items: referat.items.length,
    reported: roundTables.reduce((sum, table) => sum + table.sections.length, 0),
    missing: roundTables.flatMap((table) => table.missing),
  };
}
