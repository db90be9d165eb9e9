import type { Language } from "../../shared/language";
import { roundTableTexts } from "./texts";
import { bulletsToText } from "../../shared/bullet-text";
import type { RoundTableState } from "../../shared/meeting/meeting";
import { presenterNames, type RoundTableEntry } from "./roundtable";
import { formatOsloDate, formatOsloTime, formatOsloWeekdayTime, osloDateStamp } from "../../shared/time/oslo-time";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import roundtableTemplate from "./roundtable.card.json";
import roundtableFormTemplate from "./roundtable-form.card.json";

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
    return {
      municipality: literal(municipality),
      status: `✓ ${literal(presenterNames(entry), "inline")} – ${formatOsloDate(at, language)} kl. ${formatOsloTime(at)}`,
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
  previous?: { date: string; text: string };
}

/** The form answered to one person: their municipality, the current text, and "Send inn". */
export function roundTableFormCard(form: RoundTableForm, language: Language): AdaptiveCard {
  const texts = roundTableTexts(language);
  return renderCard(roundtableFormTemplate, {
    meetingId: form.meetingId,
    title: literal(texts.formTitle(form.municipality)),
    conflict: Boolean(form.conflictWith),
    conflictText: texts.conflict,
    currentText: form.conflictWith ? literal(bulletsToText(form.conflictWith.bullets)) : texts.nothingYet,
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
    submitText: texts.submit,
    baseRevision: form.baseRevision ?? "",
    hasPrevious: Boolean(form.previous),
    previousTitle: form.previous ? texts.previousTitle(form.previous.date) : "",
    previousText: form.previous ? literal(form.previous.text) : "",
    usePreviousText: texts.usePrevious,
  });
}
