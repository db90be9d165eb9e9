import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { recordRevision, revisionNumbered } from "./entry-history";
import { unconfirmedAfterWrite } from "./entry-hands";
import type { RoundTableEntry } from "./roundtable";
import { formAction, gateFor, writerOf } from "./roundtable-form";
import { refreshRoundTable } from "./roundtable-view";
import { roundTableTexts } from "./texts";

// An ETag conflict means someone wrote in between: bringing back a revision still means the same, so try again.
const ATTEMPTS = 3;

/**
 * The chair or secretary brings back an earlier revision of a municipality's entry (text,
 * contributors and names as they were then). The restore is itself a new revision, so it can be undone.
 */
export async function restoreAction(
  turn: Turn,
  meeting: Meeting,
  group: Group,
  municipality: string,
  wanted: number,
): Promise<CardActionResult> {
  const texts = roundTableTexts(turn.conversation.language);
  const writer = writerOf(turn, meeting, group);
  const refusal = gateFor(turn, meeting, writer);
  if (refusal || !writer) return { kind: "message", text: refusal ?? "" };
  if (!group.municipalities.includes(municipality)) return { kind: "message", text: texts.unknownMunicipality };

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await turn.services.roundTable.read(meeting.meetingId, municipality);
    const retried = Boolean(current && turn.activityId && current.doc.lastActivityId === turn.activityId);
    if (!current || retried) return retried ? refreshedForm(turn, meeting, group, municipality) : message(texts.noSuchRevision);
    const earlier = revisionNumbered(current.doc, wanted);
    if (!earlier) return message(texts.noSuchRevision);
    if (earlier.revision === current.doc.revision) return message(texts.alreadyCurrent);

    const {
      recordedBy: _recordedBy,
      presenters: _presenters,
      lastActivityId: _lastActivityId,
      unconfirmedChange: _unconfirmedChange,
      ...kept
    } = current.doc;
    const by = { aadObjectId: writer.aadObjectId, name: writer.name };
    // Only a leader restores: like a leader's save, it confirms the text (entry-hands.ts).
    const unconfirmedChange = unconfirmedAfterWrite(current.doc, by, "leader", turn.services.now().toISOString());
    const back: RoundTableEntry = {
      ...kept,
      bullets: earlier.bullets,
      contributors: earlier.contributors,
      ...(earlier.recordedBy ? { recordedBy: earlier.recordedBy } : {}),
      ...(earlier.presenters ? { presenters: earlier.presenters } : {}),
      ...(turn.activityId ? { lastActivityId: turn.activityId } : {}),
      ...(unconfirmedChange ? { unconfirmedChange } : {}),
      revision: (current.doc.revision ?? 0) + 1,
      updatedAt: turn.services.now().toISOString(),
    };
    const written = await turn.services.roundTable.write(recordRevision(back, by, earlier.revision), current.etag);
    if (written.ok) return refreshedForm(turn, meeting, group, municipality);
  }
  return message(texts.restoreConflict);
}

const message = (text: string): CardActionResult => ({ kind: "message", text });

/** After a change to an entry: the shared card shows it, and whoever made it gets the form again (a leader with the history). */
export async function refreshedForm(turn: Turn, meeting: Meeting, group: Group, municipality: string): Promise<CardActionResult> {
  await refreshRoundTable(turn, meeting, group);
  return formAction(turn, meeting, group, municipality);
}
