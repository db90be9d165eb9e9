import { attendanceList, byNorwegianName, type Attendee } from "../attendance";
import type { Group } from "../working-group";
import type { Language } from "../../shared/language";
import { referatLabels } from "./texts";
import { meetingSpan, papersLinkText, type Meeting } from "../../shared/meeting/meeting";
import { presenterNames, type RoundTableEntry } from "../roundtable";
import { formatOsloDate, formatOsloSpan } from "../../shared/time/oslo-time";
import { noteBlocks, withSubHeadings } from "./note-blocks";
import type { Referat, ReferatFollowUp, ReferatItem, RoundTableSection } from "./referat";
import { carriedInto, FOLLOW_UP_ITEM, followUpView, openFollowUps, type FollowUp } from "../followups";

export interface ReferatSources {
  language: Language;
  group: Pick<Group, "name" | "leaderTitle" | "municipalities">;
  meeting: Pick<Meeting, "meetingId" | "planned" | "actual" | "agenda" | "roles" | "roundTable" | "details">;
  attendees: Attendee[];
  entries: RoundTableEntry[];
  /** Every follow-up of the group (one query of its partition). */
  followUps?: FollowUp[];
  /** Start of the earlier meeting whose approved referat is up for approval now. */
  previousApproved?: { meetingStart: string };
}

/**
 * The referat in the layout of the reference file (DESIGN §6). Pure and deterministic: the
 * same stored documents give the same referat, so an unchanged meeting gives no new version.
 */
export function buildReferat(sources: ReferatSources): Referat {
  const { language, group, meeting } = sources;
  const labels = referatLabels(language);
  const secretary = meeting.roles.secretary;
  const list = attendanceList(sources.attendees, secretary);
  const { start, end } = meetingSpan(meeting);

  return {
    language,
    title: clean(labels.title(group.name)),
    group: clean(group.name),
    ...(start
      ? {
          time: formatOsloSpan(new Date(start), end ? new Date(end) : undefined, language),
          date: formatOsloDate(new Date(start), language),
        }
      : {}),
    place: labels.teams,
    ...details(meeting.details),
    present: list.present.filter((p) => !p.guest).map((p) => clean(p.name)),
    absent: list.absent.map((a) => ({ name: clean(a.name), ...(a.reason ? { reason: clean(a.reason) } : {}) })),
    guests: list.present.filter((p) => p.guest).map((p) => clean(p.municipality ? `${p.name} (${p.municipality})` : p.name)),
    ...(meeting.roles.chair
      ? { chair: { name: clean(meeting.roles.chair.name), ...(group.leaderTitle.trim() ? { title: clean(group.leaderTitle) } : {}) } }
      : {}),
    ...(secretary ? { secretary: clean(secretary.name) } : {}),
    items: items(sources),
    ...openAtEnd(sources),
  };
}

function items(sources: ReferatSources): ReferatItem[] {
  const { meeting, language } = sources;
  const meetingId = meeting.meetingId;
  const labels = referatLabels(language);
  const roundTableIndex = meeting.agenda.findIndex((item) => item.roundTableTopic !== undefined);
  const result: ReferatItem[] = meeting.agenda.map((item, index) => {
    const blocks = withSubHeadings(item.notes.flatMap((note) => noteBlocks(clean(note.text), note.kind)));
    if (blocks.length === 0 && sources.previousApproved && labels.approvalItem.test(item.title)) {
      blocks.push({
        kind: "bullet",
        text: labels.previousOffered(formatOsloDate(new Date(sources.previousApproved.meetingStart), language)),
        children: [],
      });
    }
    const made = (sources.followUps ?? []).filter((f) => f.origin.meetingId === meetingId && f.origin.itemKey === item.key);
    const carried = FOLLOW_UP_ITEM.test(item.title) ? carriedInto(sources.followUps ?? [], meetingId) : [];
    const isRoundTable = index === roundTableIndex;
    if (blocks.length === 0 && made.length === 0 && carried.length === 0 && (!isRoundTable || sources.entries.length === 0)) {
      blocks.push({ kind: "paragraph", text: labels.noRemarks });
    }
    return {
      number: index + 1,
      title: clean(item.title),
      blocks,
      ...(made.length > 0 ? { followUps: made.sort(byCreation).map((f) => referatFollowUp(f, language)) } : {}),
      ...(carried.length > 0 ? { carried: carried.map((f) => referatFollowUp(f, language)) } : {}),
      ...(isRoundTable ? { roundTable: roundTable(sources) } : {}),
    };
  });
  if (roundTableIndex < 0 && (meeting.roundTable || sources.entries.length > 0)) {
    result.push({
      number: result.length + 1,
      title: clean(labels.roundTableFallback(meeting.roundTable?.topic ?? "")),
      blocks: [],
      roundTable: roundTable(sources),
    });
  }
  return result;
}

/** The group's municipalities in its order; entries for municipalities since removed from the list come last. */
function roundTable(sources: ReferatSources): NonNullable<ReferatItem["roundTable"]> {
  const order = sources.group.municipalities;
  const byMunicipality = new Map(sources.entries.map((entry) => [entry.municipality, entry]));
  const others = sources.entries
    .filter((entry) => !order.includes(entry.municipality))
    .map((entry) => ({ name: entry.municipality }))
    .sort(byNorwegianName)
    .map((entry) => entry.name);
  const sections: RoundTableSection[] = [];
  for (const municipality of [...order, ...others]) {
    const entry = byMunicipality.get(municipality);
    if (!entry) continue;
    sections.push({
      municipality: clean(municipality),
      names: clean(presenterNames(entry)),
      bullets: entry.bullets.map((bullet) => ({ text: clean(bullet.text), children: bullet.children.map(clean) })),
    });
  }
  return { sections, missing: order.filter((municipality) => !byMunicipality.has(municipality)).map(clean) };
}

const byCreation = (a: FollowUp, b: FollowUp): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function referatFollowUp(followUp: FollowUp, language: Language): ReferatFollowUp {
  const view = followUpView(followUp, language, new Date(0));
  return {
    text: clean(view.text),
    ...(view.responsible ? { responsible: clean(view.responsible) } : {}),
    ...(view.deadline ? { deadline: view.deadline } : {}),
    item: clean(view.item),
    meetingDate: view.meetingDate,
    status: view.status,
  };
}

function openAtEnd(sources: ReferatSources): Pick<Referat, "openFollowUps"> {
  const open = openFollowUps(sources.followUps ?? []);
  return open.length > 0 ? { openFollowUps: open.map((f) => referatFollowUp(f, sources.language)) } : {};
}

function details(given: Meeting["details"]): Pick<Referat, "intro" | "papers" | "archiveRef"> {
  if (!given) return {};
  return {
    ...(given.intro ? { intro: clean(given.intro) } : {}),
    ...(given.papers ? { papers: { url: given.papers.url, text: clean(papersLinkText(given.papers)) } } : {}),
    ...(given.archiveRef ? { archiveRef: clean(given.archiveRef) } : {}),
  };
}

/**
 * Control characters and unpaired surrogates cannot appear in a Word file (XML 1.0) and mean
 * nothing in a chat: they are dropped (surrogates become U+FFFD). Everything else stays as typed.
 */
export function clean(text: string): string {
  // Control characters are what the first pattern is for.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
  return text.replace(controls, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
