import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import { bulletsToText } from "../../shared/bullet-text";
import { revisionOf, type RoundTableEntry } from "./roundtable";
import type { Turn } from "./services";
import { mayConfirm, replacesOthers, standingOf, writersOf } from "./entry-hands";
import { gateFor, writerOf } from "./roundtable-form";

/** The round-table form as plain data, for a page that draws it itself (the meeting side panel). */
export type EntryFormFacts =
  | { refusal: string }
  | {
      municipality: string;
      /** Whom the writer may write for: all municipalities for a leader or someone new, else their own. */
      choices: string[];
      text: string;
      presenters?: string;
      /** The version the writer sees; a save against another one is a conflict. */
      baseRevision?: string;
      /** Someone new over others' text: whose text a save replaces (it must be confirmed). */
      replacing?: string[];
      unconfirmed?: { by: string; at: string; canConfirm: boolean };
    };

/**
 * The same rules as the card's form (`formAction`): who may write, for which municipality, and what they
 * are told. `listed`: the meeting's entries as the caller just listed them (the entry is not read again).
 */
export async function entryFormFacts(
  turn: Turn,
  meeting: Meeting,
  group: Group,
  wanted?: string,
  listed?: RoundTableEntry[],
): Promise<EntryFormFacts> {
  const writer = writerOf(turn, meeting, group);
  const refusal = gateFor(turn, meeting, writer);
  if (refusal || !writer) return { refusal: refusal ?? "" };
  const choices = writer.leader || !writer.ownMunicipality ? group.municipalities : [writer.ownMunicipality];
  const municipality = wanted && choices.includes(wanted) ? wanted : (writer.ownMunicipality ?? choices[0]);
  if (!municipality) return { refusal: "" };
  const entry = listed
    ? listed.find((each) => each.municipality === municipality)
    : (await turn.services.roundTable.read(meeting.meetingId, municipality))?.doc;
  const me = { aadObjectId: writer.aadObjectId, name: writer.name };
  const standing = standingOf(writer, municipality);
  return {
    municipality,
    choices,
    text: entry ? bulletsToText(entry.bullets) : "",
    ...(entry?.presenters ? { presenters: entry.presenters } : {}),
    ...(entry ? { baseRevision: revisionOf(entry) } : {}),
    ...(entry && replacesOthers(entry, me, standing) ? { replacing: writersOf(entry) } : {}),
    ...(entry?.unconfirmedChange
      ? {
          unconfirmed: { by: entry.unconfirmedChange.by.name, at: entry.unconfirmedChange.at, canConfirm: mayConfirm(entry, me, standing) },
        }
      : {}),
  };
}
