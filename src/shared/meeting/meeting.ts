/**
 * A meeting and everything that happens in it. Stored in container `meetings`, partition
 * `/meetingId`, as the document with id "meeting". Changed only by the chair and the
 * secretary, guarded by ETag.
 */
export type MeetingStatus = "planned" | "running" | "ended";

/** A title typed with `møte ny` (Teams' own titles come with the meeting). */
export const MAX_MEETING_TITLE = 200;

export interface ItemNote {
  /** Derived from the Teams activity id, so a retried delivery adds nothing. */
  id: string;
  kind: "note" | "decision";
  text: string;
  author: string;
  at: string;
}

export interface AgendaItem {
  /** Stable across agenda edits, so notes stay with their item. */
  key: string;
  title: string;
  /** Present when this item is the round table ("Runde rundt bordet – <topic>"). */
  roundTableTopic?: string;
  notes: ItemNote[];
}

export interface PersonRef {
  aadObjectId: string;
  name: string;
  teamsUserId?: string;
}

export interface Meeting {
  id: "meeting";
  meetingId: string;
  docType: "meeting";
  conversationId: string;
  groupId?: string;
  title: string;
  planned: { start?: string; end?: string };
  actual: { start?: string; end?: string };
  status: MeetingStatus;
  agenda: AgendaItem[];
  currentIndex: number;
  /** Copied from the group when linked or changed, so a click needs one read. */
  roles: { chair?: PersonRef; secretary?: PersonRef };
  organizerAadObjectId?: string;
  /** The one shared meeting card, updated in place. */
  meetingCardActivityId?: string;
  /** The one shared check-in card. */
  attendanceCardActivityId?: string;
  /** The notice (innkalling) card, updated in place when posted again. */
  noticeCardActivityId?: string;
  /** The notice's Word link (30 days), kept so that the card can be drawn again after a click. */
  noticeDownloadUrl?: string;
  /** Teams' link to join the meeting, as its meeting API gave it (for the notice). */
  joinUrl?: string;
  /** Opened by `rundebord` or when the walk-through reaches the round-table item. */
  roundTable?: RoundTableState;
  /** What the referat says before "Tilstede på møtet" and in its footer (`innledning`, `sakspapirer`, `arkivref`). */
  details?: MeetingDetails;
  /** Recent Teams activity ids already applied: a retried delivery changes nothing. */
  handledActivityIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** Set by the chair or secretary; each absent until set. */
export interface MeetingDetails {
  /** A paragraph introducing the meeting ("Møtet i faggruppen ble gjennomført som to deler, …"). */
  intro?: string;
  /** Where the meeting papers were published: an https link, and the text to show for it. */
  papers?: { url: string; text?: string };
  /** The archive's reference for the meeting ("Vår ref"). */
  archiveRef?: string;
}

/** The text a papers link is shown with: the given text, else host and path. */
export function papersLinkText(papers: { url: string; text?: string }): string {
  if (papers.text) return papers.text;
  const url = new URL(papers.url);
  return `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
}

export const DETAIL_LIMITS = { intro: 4000, papersUrl: 2000, papersText: 300, archiveRef: 100 } as const;

/** The round table of a meeting: kept on the meeting document. */
export interface RoundTableState {
  topic: string;
  openedAt: string;
  closedAt?: string;
  /** The one shared round-table card. */
  cardActivityId?: string;
  /** When the municipalities' entries are due (ISO); reminders are planned from it. */
  deadline?: string;
}

export const isOpen = (roundTable: RoundTableState | undefined): boolean => Boolean(roundTable && !roundTable.closedAt);

/** A title of an agenda item (and of the round table's topic). */
export const MAX_ITEM_TITLE = 300;

export type MeetingRole = "chair" | "secretary" | "participant";

export function roleIn(meeting: Pick<Meeting, "roles">, aadObjectId: string | undefined): MeetingRole {
  if (!aadObjectId) return "participant";
  if (meeting.roles.chair?.aadObjectId === aadObjectId) return "chair";
  if (meeting.roles.secretary?.aadObjectId === aadObjectId) return "secretary";
  return "participant";
}

export const canLead = (role: MeetingRole): boolean => role === "chair" || role === "secretary";

/**
 * The meeting's time as its documents show it (referat, cards, archive): the planned time when
 * there is one, else the actual one. A `start` on another day than planned moves the planned time
 * only when the chair confirms it (`start nå`).
 */
export function meetingSpan(meeting: Pick<Meeting, "planned" | "actual">): { start?: string; end?: string } {
  if (meeting.planned.start) return meeting.planned;
  return meeting.actual;
}
