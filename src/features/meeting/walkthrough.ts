import { storedBytes } from "../../shared/stored-size";
import type { ItemNote, Meeting } from "../../shared/meeting/meeting";

export const MAX_NOTE_LENGTH = 2000;
/** Notes and decisions of one meeting, all items together. */
export const MAX_NOTES_PER_MEETING = 500;
/**
 * The meeting document as JSON, at most: Azure Cosmos DB refuses items over 2 MB, and a meeting
 * that reached that would refuse every later change (Neste, the end, the round table).
 */
export const MAX_MEETING_BYTES = 1_500_000;

/** Why a walk-through step changed nothing; each becomes a short message to the user. */
export type StepRefusal =
  "noAgenda" | "atEnd" | "atStart" | "noSuchItem" | "stale" | "emptyNote" | "noteTooLong" | "meetingFull" | "notesChanged";

export type Step = { ok: true; meeting: Meeting } | { ok: false; refusal: StepRefusal };

const refuse = (refusal: StepRefusal): Step => ({ ok: false, refusal });

/**
 * Moves to item `target` (0-based). `shownIndex` is the item the clicked card showed: if the
 * meeting has moved on since, the click is stale and changes nothing, so two clicks of
 * "Neste" on the same card (two devices, a retried invoke) advance once.
 */
export function moveTo(meeting: Meeting, target: number, shownIndex?: number): Step {
  if (meeting.agenda.length === 0) return refuse("noAgenda");
  if (shownIndex !== undefined && shownIndex !== meeting.currentIndex) return refuse("stale");
  if (target < 0 || target >= meeting.agenda.length) return refuse("noSuchItem");
  return { ok: true, meeting: { ...meeting, currentIndex: target } };
}

export function next(meeting: Meeting, shownIndex?: number): Step {
  const step = moveTo(meeting, meeting.currentIndex + 1, shownIndex);
  return !step.ok && step.refusal === "noSuchItem" ? refuse("atEnd") : step;
}

export function previous(meeting: Meeting, shownIndex?: number): Step {
  const step = moveTo(meeting, meeting.currentIndex - 1, shownIndex);
  return !step.ok && step.refusal === "noSuchItem" ? refuse("atStart") : step;
}

/**
 * Adds a note or decision to the item the writer's card showed (`shownIndex`), else to the
 * current one: a note typed while the chair moved on belongs to the item it was written about.
 * A note with the same id is already there: no change.
 */
export function addNote(meeting: Meeting, note: ItemNote, shownIndex?: number): Step {
  const text = note.text.trim();
  if (text === "") return refuse("emptyNote");
  if (text.length > MAX_NOTE_LENGTH) return refuse("noteTooLong");
  if (meeting.agenda.length === 0) return refuse("noAgenda");
  const target = shownIndex ?? meeting.currentIndex;
  if (target >= meeting.agenda.length) return refuse("noSuchItem");
  const agenda = meeting.agenda.map((item, index) =>
    index === target && !item.notes.some((existing) => existing.id === note.id)
      ? { ...item, notes: [...item.notes, { ...note, text }] }
      : item,
  );
  const next = { ...meeting, agenda };
  // The same note again (a retried delivery) changes nothing, so it is never refused for size.
  const added = agenda.some((item, index) => item !== meeting.agenda[index]);
  if (added && isFull(next)) return refuse("meetingFull");
  return { ok: true, meeting: next };
}

export function isFull(meeting: Meeting): boolean {
  const notes = meeting.agenda.reduce((count, item) => count + item.notes.length, 0);
  return notes > MAX_NOTES_PER_MEETING || storedBytes(meeting) > MAX_MEETING_BYTES;
}

/** Running from the first start on; the actual start time is kept from the first start. */
export function start(meeting: Meeting, at: Date): Meeting {
  return {
    ...meeting,
    status: meeting.status === "ended" ? "ended" : "running",
    actual: { ...meeting.actual, start: meeting.actual.start ?? at.toISOString() },
  };
}

/** Ended; an open round table closes with it. */
export function end(meeting: Meeting, at: Date): Meeting {
  const roundTable =
    meeting.roundTable && !meeting.roundTable.closedAt ? { ...meeting.roundTable, closedAt: at.toISOString() } : meeting.roundTable;
  return {
    ...meeting,
    ...(roundTable ? { roundTable } : {}),
    status: "ended",
    actual: { start: meeting.actual.start ?? meeting.planned.start, end: meeting.actual.end ?? at.toISOString() },
  };
}
