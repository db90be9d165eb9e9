import { roundTableFormCard } from "./roundtable-card";
import type { Group } from "../working-group";
import { roundTableTexts } from "./texts";
import { canLead, roleIn, type Meeting, isOpen } from "../../shared/meeting/meeting";
import { bulletsToText } from "../../shared/bullet-text";
import { revisionOf, type RoundTableEntry } from "./roundtable";
import type { Versioned } from "../../storage/etag-update";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { previousEntry, type PreviousEntry } from "./previous-entry";
import { mayConfirm, replacesOthers, standingOf, writersOf } from "./entry-hands";

/** Who is writing, and for which municipalities they may write. */
export interface Writer {
  aadObjectId: string;
  name: string;
  leader: boolean;
  secretary: boolean;
  /** From their group member record; absent for someone new. */
  ownMunicipality?: string;
}

export function writerOf(turn: Turn, meeting: Meeting, group: Group): Writer | undefined {
  const aad = turn.from.aadObjectId;
  if (!aad) return undefined;
  const role = roleIn(meeting, aad);
  const member = group.members.find((m) => m.aadObjectId === aad);
  return {
    aadObjectId: aad,
    name: member?.name ?? turn.from.name,
    leader: canLead(role),
    secretary: role === "secretary",
    ...(member?.municipality && group.municipalities.includes(member.municipality) ? { ownMunicipality: member.municipality } : {}),
  };
}

/** Refusal text if the round table does not take this writer's changes now. */
export function gateFor(turn: Turn, meeting: Meeting, writer: Writer | undefined): string | undefined {
  const texts = roundTableTexts(turn.conversation.language);
  if (!meeting.roundTable) return texts.notOpen;
  if (!writer) return texts.anonymous;
  if (!isOpen(meeting.roundTable) && !writer.secretary) return texts.afterClose;
  return undefined;
}

/** "Send inn for min kommune": the form, answered to the clicker alone, with the current entry. */
export async function formAction(
  turn: Turn,
  meeting: Meeting,
  group: Group,
  wanted: string | undefined,
  usePrevious = false,
): Promise<CardActionResult> {
  const writer = writerOf(turn, meeting, group);
  const refusal = gateFor(turn, meeting, writer);
  if (refusal || !writer) return { kind: "message", text: refusal ?? "" };
  const choices = writer.leader || !writer.ownMunicipality ? group.municipalities : [writer.ownMunicipality];
  const municipality = wanted && choices.includes(wanted) ? wanted : (writer.ownMunicipality ?? choices[0]);
  if (!municipality) return { kind: "message", text: roundTableTexts(turn.conversation.language).noGroup };
  const [current, previous] = await Promise.all([
    turn.services.roundTable.read(meeting.meetingId, municipality),
    previousEntry(turn, meeting, municipality),
  ]);
  const form = formCard(turn, meeting, writer, group.municipalities, municipality, current, undefined, previous);
  if (!usePrevious || !previous || form.kind !== "card") return form;
  return formCard(
    turn,
    meeting,
    writer,
    group.municipalities,
    municipality,
    current,
    { typed: bulletsToText(previous.bullets), fromPrevious: true },
    previous,
  );
}

/**
 * The form for one municipality. Fresh: the stored text to correct. After a conflict
 * (`conflict.typed`): the stored text shown above, the writer's own text in the box. A newcomer
 * over others' entry is told whose text they replace (`mustConfirm`: they sent it without
 * confirming); an unconfirmed change is named, with "Bekreft teksten" for those who may.
 */
export function formCard(
  turn: Turn,
  meeting: Meeting,
  writer: Writer,
  municipalities: string[],
  municipality: string,
  current: Versioned<RoundTableEntry> | undefined,
  conflict?: { typed: string; presenters?: string; fromPrevious?: true; mustConfirm?: true },
  previous?: PreviousEntry,
): CardActionResult {
  const realConflict = conflict && !conflict.fromPrevious && !conflict.mustConfirm;
  const me = { aadObjectId: writer.aadObjectId, name: writer.name };
  const standing = standingOf(writer, municipality);
  const entry = current?.doc;
  const replacing = entry && replacesOthers(entry, me, standing) ? writersOf(entry) : undefined;
  const unconfirmed = entry?.unconfirmedChange
    ? { by: entry.unconfirmedChange.by.name, at: entry.unconfirmedChange.at, canConfirm: mayConfirm(entry, me, standing) }
    : undefined;
  const choices = writer.leader || !writer.ownMunicipality ? municipalities : [writer.ownMunicipality];
  const presenters = realConflict ? conflict.presenters : current?.doc.presenters;
  return {
    kind: "card",
    card: roundTableFormCard(
      {
        meetingId: meeting.meetingId,
        municipality,
        choices,
        entryText: conflict ? conflict.typed : current ? bulletsToText(current.doc.bullets) : "",
        ...(current ? { baseRevision: revisionOf(current.doc) } : {}),
        ...(realConflict && current ? { conflictWith: current.doc } : {}),
        ...(previous ? { previous } : {}),
        leader: writer.leader,
        ...(presenters ? { presenters } : {}),
        ...(writer.leader && current?.doc.history ? { history: current.doc.history } : {}),
        ...(replacing ? { replacing } : {}),
        ...(unconfirmed ? { unconfirmed } : {}),
      },
      turn.conversation.language,
    ),
  };
}
