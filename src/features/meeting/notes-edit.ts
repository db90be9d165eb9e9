import { createHash } from "node:crypto";
import type { AgendaItem, ItemNote, Meeting } from "../../shared/meeting/meeting";
import { isFull, MAX_NOTE_LENGTH } from "./walkthrough";
import type { StepDecision } from "./leader-step";

/** An item's notes (not its decisions) as the secretary edits them: one note per paragraph. */
export const notesText = (item: AgendaItem): string =>
  item.notes
    .filter((note) => note.kind === "note")
    .map((note) => note.text)
    .join("\n\n");

/** The version of an item's notes the editor started from: a save against another one is a conflict. */
export const notesVersion = (item: AgendaItem): string =>
  // Stryker disable next-line MethodExpression: the version's length is not a rule, only that it changes with the notes
  createHash("sha256")
    .update(JSON.stringify(item.notes.filter((note) => note.kind === "note").map((note) => [note.id, note.text])))
    .digest("hex")
    .slice(0, 16);

/** The edited text's paragraphs (a blank line between two), each a note; `tooLong` if one is over the note limit. */
export function editedParagraphs(text: string): string[] | "tooLong" {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return paragraphs.some((paragraph) => paragraph.length > MAX_NOTE_LENGTH) ? "tooLong" : paragraphs;
}

/**
 * The meeting with item `itemKey`'s notes replaced by `paragraphs`, if they are still the version
 * the editor started from (`baseVersion`) and the meeting has room. `fresh(n)` makes the n-th new note.
 */
export function withEditedNotes(
  meeting: Meeting,
  edit: { itemKey: string; baseVersion: string },
  paragraphs: string[],
  fresh: (n: number) => ItemNote,
): StepDecision {
  const index = meeting.agenda.findIndex((item) => item.key === edit.itemKey);
  const item = meeting.agenda[index];
  if (!item) return { ok: false, refusal: "noSuchItem" };
  if (notesVersion(item) !== edit.baseVersion) return { ok: false, refusal: "notesChanged" };
  const notes = replacedNotes(item.notes, paragraphs, fresh);
  const next = { ...meeting, agenda: meeting.agenda.map((each, i) => (i === index ? { ...each, notes } : each)) };
  return isFull(next) ? { ok: false, refusal: "meetingFull" } : { ok: true, meeting: next };
}

/** The edited paragraphs stand where the item's first note stood; decisions keep their places. */
export function replacedNotes(notes: ItemNote[], paragraphs: string[], fresh: (n: number) => ItemNote): ItemNote[] {
  const unused = notes.filter((note) => note.kind === "note");
  const edited = paragraphs.map((text, n) => {
    const same = unused.findIndex((note) => note.text === text);
    const kept = same >= 0 ? unused.splice(same, 1)[0] : undefined;
    return kept ?? { ...fresh(n), text };
  });
  const firstNote = notes.findIndex((note) => note.kind === "note");
  const decisions = notes.filter((note) => note.kind !== "note");
  if (firstNote < 0) return [...decisions, ...edited];
  const decisionsBefore = notes.slice(0, firstNote);
  return [...decisionsBefore, ...edited, ...decisions.slice(decisionsBefore.length)];
}
