import { type Group, rememberMunicipality } from "../working-group";
import { roundTableTexts, type RoundTableTexts } from "./texts";
import type { Meeting } from "../../shared/meeting/meeting";
import { parseBullets, type BulletError } from "../../shared/bullet-text";
import { revisionOf, type RoundTableEntry } from "./roundtable";
import type { Versioned } from "../../storage/etag-update";
import { entryId } from "./store";
import { recordRevision } from "./entry-history";
import { replacesOthers, standingOf, unconfirmedAfterWrite } from "./entry-hands";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "./services";
import { formCard, gateFor, writerOf, type Writer } from "./roundtable-form";
import { refreshRoundTable } from "./roundtable-view";

const MAX_PRESENTERS = 200;

/** What the form sends (see card-actions.ts). */
export interface SubmittedEntry {
  municipality?: string;
  formMunicipality?: string;
  baseRevision?: string;
  entryText?: string;
  presenters?: string;
  /** "true" when the writer pressed "Erstatt innspillet": they were told whose entry they replace. */
  replaceConfirmed?: string;
}

/**
 * "Send inn": stores the municipality's entry if it is still the version the writer saw;
 * otherwise shows them the current text beside theirs (nothing is silently lost).
 */
export async function submitAction(turn: Turn, meeting: Meeting, group: Group, data: SubmittedEntry): Promise<CardActionResult> {
  const texts = roundTableTexts(turn.conversation.language);
  const writer = writerOf(turn, meeting, group);
  const refusal = gateFor(turn, meeting, writer);
  if (refusal || !writer) return { kind: "message", text: refusal ?? "" };
  const municipality = data.municipality ?? "";
  if (!group.municipalities.includes(municipality)) return { kind: "message", text: texts.unknownMunicipality };
  if (!writer.leader && writer.ownMunicipality && writer.ownMunicipality !== municipality) {
    return { kind: "message", text: texts.notYourMunicipality(writer.ownMunicipality) };
  }
  if ((data.presenters?.trim().length ?? 0) > MAX_PRESENTERS) return { kind: "message", text: texts.presentersTooLong };
  const parsed = parseBullets(data.entryText ?? "");
  if ("error" in parsed) return { kind: "message", text: bulletError(texts, parsed.error) };

  // A form fetched for another municipality carries that one's version: treat as seen nothing.
  const base = data.formMunicipality === municipality ? data.baseRevision || undefined : undefined;
  const conflict = () => conflictForm(turn, meeting, writer, municipality, data.entryText ?? "", data.presenters);
  const retried = (stored: Versioned<RoundTableEntry> | undefined) =>
    Boolean(stored && turn.activityId && stored.doc.lastActivityId === turn.activityId);
  // An edit needs the stored entry (its contributors); a first submission is created at once,
  // and the entry is read only if one exists after all (a retried delivery, or someone was first).
  const current = base ? await turn.services.roundTable.read(meeting.meetingId, municipality) : undefined;
  if (retried(current)) return saved(turn, meeting, group);
  if (base !== undefined && (!current || revisionOf(current.doc) !== base)) return conflict();
  const me = { aadObjectId: writer.aadObjectId, name: writer.name };
  const standing = standingOf(writer, municipality);
  if (data.replaceConfirmed !== "true" && current && replacesOthers(current.doc, me, standing)) {
    const typed = { typed: data.entryText ?? "", ...(data.presenters ? { presenters: data.presenters } : {}), mustConfirm: true as const };
    return formCard(turn, meeting, writer, group.municipalities, municipality, current, typed);
  }

  const now = turn.services.now().toISOString();
  const entry = recordRevision(
    nextEntry(meeting.meetingId, municipality, current?.doc, writer, parsed.bullets, data.presenters, turn.activityId, now),
    me,
  );
  const written = await turn.services.roundTable.write(entry, current?.etag);
  if (!written.ok)
    return !base && retried(await turn.services.roundTable.read(meeting.meetingId, municipality))
      ? saved(turn, meeting, group)
      : conflict();
  if (!writer.leader && !writer.ownMunicipality) await rememberMunicipality(turn, group.groupId, writer, municipality);
  return saved(turn, meeting, group);
}

function nextEntry(
  meetingId: string,
  municipality: string,
  existing: RoundTableEntry | undefined,
  writer: Writer,
  bullets: RoundTableEntry["bullets"],
  presenters: string | undefined,
  activityId: string | undefined,
  now: string,
): RoundTableEntry {
  const forOwn = !writer.leader || writer.ownMunicipality === municipality;
  const me = { aadObjectId: writer.aadObjectId, name: writer.name };
  const standing = standingOf(writer, municipality);
  const unconfirmedChange = unconfirmedAfterWrite(existing, me, standing, now);
  // A newcomer's text replaces the others': the referat names whoever wrote the current text, not those before.
  const earlier = replacesOthers(existing, me, standing) ? undefined : existing;
  const contributors = earlier?.contributors ?? [];
  return {
    id: entryId(municipality),
    meetingId,
    docType: "roundTableEntry",
    municipality,
    bullets,
    contributors: forOwn && !contributors.some((c) => c.aadObjectId === writer.aadObjectId) ? [...contributors, me] : contributors,
    ...(forOwn ? (earlier?.recordedBy ? { recordedBy: earlier.recordedBy } : {}) : { recordedBy: me }),
    ...(writer.leader && presenters?.trim()
      ? { presenters: presenters.trim() }
      : earlier?.presenters
        ? { presenters: earlier.presenters }
        : {}),
    ...(unconfirmedChange ? { unconfirmedChange } : {}),
    ...(activityId ? { lastActivityId: activityId } : {}),
    revision: (existing?.revision ?? 0) + 1,
    ...(existing?.history ? { history: existing.history } : {}),
    submittedAt: existing?.submittedAt ?? now,
    updatedAt: now,
  };
}

/** The writer's view goes back to the shared card, now showing their municipality as submitted. */
async function saved(turn: Turn, meeting: Meeting, group: Group): Promise<CardActionResult> {
  return { kind: "card", card: await refreshRoundTable(turn, meeting, group) };
}

async function conflictForm(
  turn: Turn,
  meeting: Meeting,
  writer: Writer,
  municipality: string,
  typed: string,
  presenters?: string,
): Promise<CardActionResult> {
  const current = await turn.services.roundTable.read(meeting.meetingId, municipality);
  const group = meeting.groupId ? await turn.services.groups.read(meeting.groupId) : undefined;
  return formCard(turn, meeting, writer, group?.doc.municipalities ?? [municipality], municipality, current, {
    typed,
    ...(presenters ? { presenters } : {}),
  });
}

function bulletError(texts: RoundTableTexts, error: BulletError): string {
  return error === "empty" ? texts.empty : error === "tooManyBullets" ? texts.tooMany : texts.tooLong;
}
