import { createHash } from "node:crypto";
import type { AgendaItem, ItemNote, Meeting } from "../../shared/meeting/meeting";
import { activityDerivedId } from "../../shared/activity-derived-id";
import type { Versioned } from "../../storage/etag-update";
import { isFull, MAX_NOTE_LENGTH } from "./walkthrough";
import { leaderStep, type StepDecision } from "./leader-step";
import { meetingTexts } from "./texts";
import type { Turn } from "./services";

/** An item's notes (not its decisions) as the secretary edits them: one note per paragraph. */
export const notesText = (item: AgendaItem): string =>
  item.notes
    .filter((note) => note.kind === "note")
    .map((note) => note.text)
    .join("\n\n");

/** The version of an item's notes the editor started from: a save against another one is a conflict. */
export const notesVersion = (item: AgendaItem): string =>
  createHash("sha256")
    .update(JSON.stringify(item.notes.filter((note) => note.kind === "note").map((note) => [note.id, note.text])))
    .digest("hex")
    .slice(0, 16);

export type NotesEditOutcome =
  | { kind: "saved"; version: string }
  | { kind: "conflict"; message: string; theirs: { text: string; version: string } }
  | { kind: "refused"; status: 400 | 403 | 404; message: string };

/**
 * The secretary's (or chair's) text for an item's notes replaces them, if nobody changed them since
 * `baseVersion` — checked inside the meeting's ETag-guarded write, so a note the chair adds on the card
 * at the same moment is never overwritten unseen: the editor gets a conflict with the other version.
 * A paragraph that is unchanged keeps its note (author and time); decisions stay where they are.
 */
export async function editItemNotes(
  turn: Turn,
  current: Versioned<Meeting>,
  edit: { itemKey: string; baseVersion: string; text: string },
): Promise<NotesEditOutcome> {
  const texts = meetingTexts(turn.conversation.language);
  const paragraphs = edit.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.some((paragraph) => paragraph.length > MAX_NOTE_LENGTH))
    return { kind: "refused", status: 400, message: texts.refusals.noteTooLong };
  const newId = activityDerivedId(turn);
  const decide = (meeting: Meeting): StepDecision => {
    const index = meeting.agenda.findIndex((item) => item.key === edit.itemKey);
    const item = meeting.agenda[index];
    if (!item) return { ok: false, refusal: "noSuchItem" };
    if (notesVersion(item) !== edit.baseVersion) return { ok: false, refusal: "notesChanged" };
    const notes = replacedNotes(item.notes, paragraphs, (n) => ({
      id: `${newId}-${n}`,
      kind: "note",
      text: "",
      author: turn.from.name,
      at: turn.services.now().toISOString(),
    }));
    const next = { ...meeting, agenda: meeting.agenda.map((each, i) => (i === index ? { ...each, notes } : each)) };
    return isFull(next) ? { ok: false, refusal: "meetingFull" } : { ok: true, meeting: next };
  };
  const result = await leaderStep(turn, current, decide);
  if (result.kind === "refused") return { kind: "refused", status: 403, message: result.message };
  const item = result.meeting.agenda.find((each) => each.key === edit.itemKey);
  if (!item) return { kind: "refused", status: 404, message: texts.refusals.noSuchItem };
  if (result.refusal === "notesChanged")
    return { kind: "conflict", message: texts.refusals.notesChanged, theirs: { text: notesText(item), version: notesVersion(item) } };
  if (result.refusal) return { kind: "refused", status: 400, message: texts.refusals[result.refusal] };
  return { kind: "saved", version: notesVersion(item) };
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
  const decisionsBefore = notes.slice(0, firstNote).filter((note) => note.kind !== "note");
  return [...decisionsBefore, ...edited, ...decisions.slice(decisionsBefore.length)];
}
