import type { Language } from "../../shared/language";
import { roundTableTexts } from "./texts";
import { shortenedBullets, type Bullet } from "../../shared/bullet-text";
import type { RoundTableState } from "../../shared/meeting/meeting";
import { presenterNames, type EntryRevision, type RoundTableEntry } from "./roundtable";
import { changedHands } from "./entry-history";
import { formatOsloDate, formatOsloTime, formatOsloWeekdayTime, osloDateStamp } from "../../shared/time/oslo-time";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import roundtableTemplate from "../../../cards/roundtable/roundtable.card.json";
import roundtableFormTemplate from "../../../cards/roundtable/roundtable-form.card.json";

/** What the card says of the deadline and the reminders. */
export interface RoundTableSchedule {
  nextReminder?: Date;
  remindersOff?: boolean;
}

/**
 * The shared round-table card: every municipality of the group, submitted (by whom, when) or
 * waiting; the deadline and when the next reminder goes; "Sett frist" for the chair and secretary.
 */
export function roundTableCard(
  meetingId: string,
  roundTable: RoundTableState,
  municipalities: string[],
  entries: RoundTableEntry[],
  language: Language,
  schedule: RoundTableSchedule = {},
): AdaptiveCard {
  const texts = roundTableTexts(language);
  const byMunicipality = new Map(entries.map((entry) => [entry.municipality, entry]));
  const done = municipalities.filter((m) => byMunicipality.has(m)).length;
  const rows = municipalities.map((municipality) => {
    const entry = byMunicipality.get(municipality);
    if (!entry) return { municipality: literal(municipality), status: texts.waiting };
    const at = new Date(entry.updatedAt);
    const handedOver = changedHands(entry);
    const changed = handedOver
      ? ` · ${texts.changedBy(literal(handedOver.by.name, "inline"), formatOsloTime(new Date(handedOver.at)))}`
      : "";
    return {
      municipality: literal(municipality),
      status: `✓ ${literal(presenterNames(entry), "inline")} – ${formatOsloDate(at, language)} kl. ${formatOsloTime(at)}${changed}`,
    };
  });
  return renderCard(roundtableTemplate, {
    meetingId,
    title: literal(texts.title(roundTable.topic)),
    progress: `${texts.progress(done, municipalities.length)}${roundTable.closedAt ? ` · ${texts.closed}` : ""}`,
    rows,
    submitText: texts.submitForMine,
    deadlineText: roundTable.deadline ? texts.deadline(formatOsloWeekdayTime(new Date(roundTable.deadline), language)) : "",
    reminderText:
      !roundTable.deadline || roundTable.closedAt
        ? ""
        : schedule.remindersOff
          ? texts.remindersOffNote
          : schedule.nextReminder
            ? texts.nextReminder(formatOsloWeekdayTime(schedule.nextReminder, language))
            : "",
    setDeadlineText: texts.setDeadline,
    deadlineDateLabel: texts.deadlineDateLabel,
    deadlineTimeLabel: texts.deadlineTimeLabel,
    deadlineDate: roundTable.deadline ? osloDateStamp(new Date(roundTable.deadline)) : "",
    deadlineTime: roundTable.deadline ? formatOsloTime(new Date(roundTable.deadline)) : "12:00",
    saveDeadlineText: texts.saveDeadline,
  });
}

export interface RoundTableForm {
  meetingId: string;
  municipality: string;
  choices: string[];
  /** What the text box holds: the stored entry, or the writer's own text after a conflict. */
  entryText: string;
  /** The revision of the entry the form shows (see RoundTableEntry.revision). */
  baseRevision?: string;
  leader: boolean;
  presenters?: string;
  /** After a conflict: the entry as it stands now. */
  conflictWith?: RoundTableEntry;
  /** The municipality's entry at the group's last earlier round table. */
  previous?: { date: string; bullets: Bullet[] };
  /** For the chair and secretary: the entry's revisions, to see and restore. */
  history?: EntryRevision[];
  /** A newcomer's form over others' entry: whose text they would replace ("Erstatt innlegget"). */
  replacing?: string[];
  /** The entry's unconfirmed change, and whether this viewer may confirm it. */
  unconfirmed?: { by: string; at: string; canConfirm: boolean };
}

/** The form answered to one person: their municipality, the current text, and "Send inn". */
export function roundTableFormCard(form: RoundTableForm, language: Language): AdaptiveCard {
  const texts = roundTableTexts(language);
  return renderCard(roundtableFormTemplate, {
    meetingId: form.meetingId,
    title: literal(texts.formTitle(form.municipality)),
    conflict: Boolean(form.conflictWith),
    conflictText: texts.conflict,
    currentText: form.conflictWith ? bulletList(form.conflictWith.bullets) : texts.nothingYet,
    yourText: texts.yourText,
    municipalityLabel: texts.municipalityLabel,
    municipality: form.municipality,
    choices: form.choices.map((name) => ({ name })),
    canChoose: form.choices.length > 1,
    fetchText: texts.fetch,
    entryLabel: texts.entryLabel,
    placeholder: texts.entryPlaceholder,
    entryText: form.entryText,
    leader: form.leader,
    presentersLabel: texts.presentersLabel,
    presenters: form.presenters ?? "",
    submitText: form.replacing ? texts.replaceSubmit : texts.submit,
    baseRevision: form.baseRevision ?? "",
    replacing: Boolean(form.replacing),
    replacingText: form.replacing ? literal(texts.replacing(form.municipality, form.replacing.join(", "))) : "",
    replaceConfirmed: form.replacing ? "true" : "",
    unconfirmed: Boolean(form.unconfirmed),
    unconfirmedText: form.unconfirmed ? literal(texts.unconfirmed(form.unconfirmed.by, whenShown(form.unconfirmed.at, language))) : "",
    canConfirm: form.unconfirmed?.canConfirm ?? false,
    confirmText: texts.confirm,
    hasPrevious: Boolean(form.previous),
    previousTitle: form.previous ? texts.previousTitle(form.previous.date) : "",
    previousText: form.previous ? bulletList(form.previous.bullets) : "",
    usePreviousText: texts.usePrevious,
    hasHistory: (form.history?.length ?? 0) > 1,
    historyTitle: texts.historyTitle,
    revisions: revisionRows(form, language),
  });
}

/** The bullets as a Markdown list: a TextBlock would run plain lines together into one paragraph. */
const bulletList = (bullets: Bullet[]): string =>
  bullets.flatMap((b) => [`- ${literal(b.text)}`, ...b.children.map((c) => `  - ${literal(c)}`)]).join("\n");

/**
 * A revision shows its first lines only (the card shows six lines of each): twenty full revisions of
 * 4,000 characters would make the form about 180 KB, over Teams' 100 KB. Restoring brings back all of it.
 */
const REVISION_PREVIEW_CHARACTERS = 160;

const whenShown = (iso: string, language: Language): string => {
  const at = new Date(iso);
  return `${formatOsloDate(at, language)} kl. ${formatOsloTime(at)}`;
};

/** Newest first; every revision but the current one can be restored. */
function revisionRows(form: RoundTableForm, language: Language): object[] {
  const texts = roundTableTexts(language);
  const history = form.history ?? [];
  const latest = history.at(-1)?.revision;
  return [...history].reverse().map((revision) => {
    const when = whenShown(revision.at, language);
    const line = texts.revisionLine(revision.revision, revision.by.name, when, revision.restoredFrom);
    const current = revision.revision === latest;
    return {
      line: literal(current ? `${line} · ${texts.currentRevision}` : line),
      text: bulletList(shortenedBullets(revision.bullets, REVISION_PREVIEW_CHARACTERS)),
      canRestore: !current,
      restoreText: texts.restore(revision.revision),
      meetingId: form.meetingId,
      municipality: form.municipality,
      revision: String(revision.revision),
    };
  });
}
