import type { Meeting } from "../../shared/meeting/meeting";
import { activityDerivedId } from "../../shared/activity-derived-id";
import type { Versioned } from "../../storage/etag-update";
import { leaderStep } from "./leader-step";
import { editedParagraphs, notesText, notesVersion, withEditedNotes } from "./notes-edit";
import { meetingTexts } from "./texts";
import type { Turn } from "./services";

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
  const paragraphs = editedParagraphs(edit.text);
  if (paragraphs === "tooLong") return { kind: "refused", status: 400, message: texts.refusals.noteTooLong };
  const newId = activityDerivedId(turn);
  const fresh = (n: number) => ({
    id: `${newId}-${n}`,
    kind: "note" as const,
    text: "",
    author: turn.from.name,
    at: turn.services.now().toISOString(),
  });
  const result = await leaderStep(turn, current, (meeting) => withEditedNotes(meeting, edit, paragraphs, fresh));
  if (result.kind === "refused") return { kind: "refused", status: 403, message: result.message };
  const item = result.meeting.agenda.find((each) => each.key === edit.itemKey);
  if (!item) return { kind: "refused", status: 404, message: texts.refusals.noSuchItem };
  if (result.refusal === "notesChanged")
    return { kind: "conflict", message: texts.refusals.notesChanged, theirs: { text: notesText(item), version: notesVersion(item) } };
  if (result.refusal) return { kind: "refused", status: 400, message: texts.refusals[result.refusal] };
  return { kind: "saved", version: notesVersion(item) };
}
