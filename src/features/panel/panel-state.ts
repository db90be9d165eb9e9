import { createHash } from "node:crypto";
import { attendanceList, presentByMunicipality } from "../attendance";
import { followUpView, openFollowUps } from "../followups";
import { meetingTime, notesText, notesVersion } from "../meeting";
import { entryFormFacts, nextReminder, presenterNames, type EntryFormFacts } from "../roundtable";
import { canLead, isOpen, type Meeting, type MeetingRole } from "../../shared/meeting/meeting";
import type { Language } from "../../shared/language";
import { formatOsloWeekdayTime } from "../../shared/time/oslo-time";
import { panelTurn, type PanelAccess } from "./panel-access";
import type { MeetingLists, PanelReads } from "./panel-reads";

const NO_LISTS: MeetingLists = { attendees: [], entries: [], followUps: [] };
import type { PanelServices } from "./services";
import type { PanelState as PageState } from "./page/state";

/** What one panel shows, for one user: plain data the page draws (it renders no text of its own beyond labels). */
export interface PanelState {
  language: Language;
  you: { name: string; role: MeetingRole; leader: boolean };
  meeting?: {
    meetingId: string;
    title: string;
    time: string;
    status: Meeting["status"];
    currentIndex: number;
    agenda: Array<{
      key: string;
      number: number;
      title: string;
      state: "done" | "current" | "upcoming";
      notes: Array<{ kind: "note" | "decision"; text: string; author: string }>;
      /** For the secretary's text area: the item's notes, one per paragraph, and their version. */
      notesText: string;
      notesVersion: string;
    }>;
  };
  attendance?: { present: number; byMunicipality: Array<{ label: string; names: string[] }>; absent: string[] };
  roundTable?: {
    topic: string;
    open: boolean;
    deadline?: string;
    nextReminder?: string;
    reported: Array<{ municipality: string; by: string; changedBy?: string }>;
    waiting: string[];
  };
  entry?: EntryFormFacts;
  followUps: Array<{ id: string; text: string; responsible?: string; deadline?: string; overdue: boolean; item: string }>;
}

/** Reads everything the panel shows (at once: one round trip) and draws it for this user. */
export async function panelState(
  services: PanelServices,
  access: PanelAccess,
  reads: PanelReads,
  wantedMunicipality?: string,
): Promise<PanelState> {
  const turn = panelTurn(services, access);
  const language = turn.conversation.language;
  const meeting = access.meeting?.doc;
  const group = access.group;
  // Without a meeting yet, the chat's group (a chat linked by `oppsett`) still has its follow-ups.
  const { attendees, entries, followUps } = meeting
    ? await reads.meetingLists(services, meeting)
    : { ...NO_LISTS, followUps: group ? await services.followUps.list(group.groupId) : [] };
  const entry = meeting && group ? await entryFormFacts(turn, meeting, group, wantedMunicipality, entries) : undefined;
  const now = services.now();
  const state: PanelState = {
    language,
    you: { name: access.user.name, role: access.role, leader: canLead(access.role) },
    followUps: openFollowUps(followUps).map((followUp) => {
      const view = followUpView(followUp, language, now);
      return {
        id: view.id,
        text: view.text,
        ...(view.responsible ? { responsible: view.responsible } : {}),
        ...(view.deadline ? { deadline: view.deadline } : {}),
        overdue: view.overdue,
        item: view.item,
      };
    }),
  };
  if (!meeting) return state;
  state.meeting = {
    meetingId: meeting.meetingId,
    title: meeting.title,
    time: meetingTime(meeting, language),
    status: meeting.status,
    currentIndex: meeting.currentIndex,
    agenda: meeting.agenda.map((item, index) => ({
      key: item.key,
      number: index + 1,
      title: item.title,
      state: itemState(meeting, index),
      notes: item.notes.map((note) => ({ kind: note.kind, text: note.text, author: note.author })),
      notesText: notesText(item),
      notesVersion: notesVersion(item),
    })),
  };
  const list = attendanceList(attendees, meeting.roles.secretary);
  state.attendance = {
    present: list.present.length + list.secretariat.length,
    byMunicipality: [
      ...presentByMunicipality(list, group?.municipalities ?? []).map((row) => ({
        label: row.municipality ?? (row.guests ? (language === "en" ? "Guests" : "Gjester") : language === "en" ? "Other" : "Andre"),
        names: row.names,
      })),
      ...(list.secretariat.length > 0
        ? [{ label: language === "en" ? "Secretariat" : "Sekretariat", names: list.secretariat.map((s) => s.name) }]
        : []),
    ],
    absent: list.absent.map((a) => a.name),
  };
  const roundTable = meeting.roundTable;
  if (roundTable) {
    const reported = entries.map((e) => ({
      municipality: e.municipality,
      by: presenterNames(e),
      ...(e.unconfirmedChange ? { changedBy: e.unconfirmedChange.by.name } : {}),
    }));
    const next = nextReminder(meeting, Boolean(group?.remindersOff), now);
    state.roundTable = {
      topic: roundTable.topic,
      open: isOpen(roundTable),
      ...(roundTable.deadline ? { deadline: formatOsloWeekdayTime(new Date(roundTable.deadline), language) } : {}),
      ...(next ? { nextReminder: formatOsloWeekdayTime(next, language) } : {}),
      reported,
      waiting: (group?.municipalities ?? []).filter((m) => !entries.some((e) => e.municipality === m)),
    };
  }
  if (entry) state.entry = entry;
  return state;
}

function itemState(meeting: Meeting, index: number): "done" | "current" | "upcoming" {
  if (meeting.status === "ended") return "done";
  if (meeting.status === "planned") return "upcoming";
  return index < meeting.currentIndex ? "done" : index === meeting.currentIndex ? "current" : "upcoming";
}

/** The version of a state: a poll that already has it is answered 304 (no body). */
export const stateVersion = (state: PanelState): string => createHash("sha256").update(JSON.stringify(state)).digest("hex").slice(0, 24);

/** The page reads what the server sends: its own copy of the type must accept this one (a check for the compiler only). */
export const pageReads = (state: PanelState): PageState => state;
