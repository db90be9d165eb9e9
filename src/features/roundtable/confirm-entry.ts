import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { mayConfirm, standingOf } from "./entry-hands";
import { gateFor, writerOf } from "./roundtable-form";
import { refreshedForm } from "./restore-entry";
import { roundTableTexts } from "./texts";

// An ETag conflict means someone wrote in between: whether there is still a change to confirm is decided afresh.
const ATTEMPTS = 3;

/**
 * "Bekreft teksten": someone from the municipality, the chair or the secretary vouches for a
 * change a newcomer made. The text stays as it is (no new revision); the shared card stops
 * saying "endret av …".
 */
export async function confirmAction(turn: Turn, meeting: Meeting, group: Group, municipality: string): Promise<CardActionResult> {
  const texts = roundTableTexts(turn.conversation.language);
  const writer = writerOf(turn, meeting, group);
  const refusal = gateFor(turn, meeting, writer);
  if (refusal || !writer) return message(refusal ?? "");
  if (!group.municipalities.includes(municipality)) return message(texts.unknownMunicipality);
  const me = { aadObjectId: writer.aadObjectId, name: writer.name };
  const standing = standingOf(writer, municipality);

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await turn.services.roundTable.read(meeting.meetingId, municipality);
    if (!current) return message(texts.nothingToConfirm);
    // Confirmed already (a retried delivery, or someone else was first): nothing left to do.
    if (!current.doc.unconfirmedChange) return refreshedForm(turn, meeting, group, municipality);
    if (!mayConfirm(current.doc, me, standing)) return message(texts.notYoursToConfirm);
    const { unconfirmedChange: _confirmed, ...entry } = current.doc;
    const written = await turn.services.roundTable.write(entry, current.etag);
    if (written.ok) return refreshedForm(turn, meeting, group, municipality);
  }
  return message(texts.restoreConflict);
}

const message = (text: string): CardActionResult => ({ kind: "message", text });
