import { randomUUID } from "node:crypto";
import type { Meeting } from "./meeting";
import type { Versioned } from "../../storage/etag-update";
import type { Turn } from "../turn";

/** The meeting id of this chat: Teams' meeting id in a meeting chat, else the chat's current meeting. */
export async function meetingIdOf(turn: Turn): Promise<string | undefined> {
  if (turn.conversation.meetingId) return turn.conversation.meetingId;
  const record = await turn.services.conversations.get(turn.conversation.conversationId);
  return record?.currentMeetingId;
}

/**
 * The meeting a card click names in its data (`meetingId`). It must be this chat's: an id
 * forged or copied from another chat finds nothing.
 */
export async function meetingFromCard(
  turn: Turn,
  data: Record<string, unknown>,
  options: { fromPersonalChat?: boolean } = {},
): Promise<Versioned<Meeting> | undefined> {
  const meetingId = data.meetingId;
  if (typeof meetingId !== "string" || meetingId.length === 0 || meetingId.length > 1024) return undefined;
  const meeting = turn.knownMeeting?.doc.meetingId === meetingId ? turn.knownMeeting : await turn.services.meetings.read(meetingId);
  if (!meeting) return undefined;
  // From a 1:1 chat with the bot: the route checks that the person belongs to the meeting's group.
  if (options.fromPersonalChat && turn.conversation.kind === "personal") return meeting;
  return meeting.doc.conversationId === turn.conversation.conversationId ? meeting : undefined;
}

export async function currentMeeting(turn: Turn): Promise<Versioned<Meeting> | undefined> {
  const meetingId = await meetingIdOf(turn);
  return meetingId ? turn.services.meetings.read(meetingId) : undefined;
}

/**
 * A Teams meeting chat has exactly one meeting record, created on first contact with the
 * title and times Teams knows (if its meeting API answers).
 */
export async function ensureMeeting(
  turn: Turn,
  known: Partial<Pick<Meeting, "title" | "planned">> = {},
): Promise<Versioned<Meeting> | undefined> {
  const teamsMeetingId = turn.conversation.meetingId;
  if (!teamsMeetingId) return currentMeeting(turn);
  const existing = await turn.services.meetings.read(teamsMeetingId);
  if (existing) return existing;
  const info = await turn.teams.meetingInfo(teamsMeetingId);
  return turn.services.meetings.createIfAbsent(
    newMeeting(turn, teamsMeetingId, {
      title: known.title ?? info?.title,
      planned: known.planned ?? { start: info?.start, end: info?.end },
      organizerAadObjectId: info?.organizerAadObjectId,
    }),
  );
}

const PLACEHOLDER_TITLES = { nb: "Møte", en: "Meeting" } as const;

export const isPlaceholderTitle = (title: string): boolean => Object.values<string>(PLACEHOLDER_TITLES).includes(title);

export function newMeeting(
  turn: Turn,
  meetingId: string = randomUUID(),
  fields: { title?: string; planned?: Meeting["planned"]; organizerAadObjectId?: string } = {},
): Meeting {
  const now = turn.services.now().toISOString();
  return {
    id: "meeting",
    meetingId,
    docType: "meeting",
    conversationId: turn.conversation.conversationId,
    title: fields.title?.trim() || PLACEHOLDER_TITLES[turn.conversation.language],
    planned: fields.planned ?? {},
    actual: {},
    status: "planned",
    agenda: [],
    currentIndex: 0,
    roles: {},
    ...(fields.organizerAadObjectId ? { organizerAadObjectId: fields.organizerAadObjectId } : {}),
    handledActivityIds: [],
    createdAt: now,
    updatedAt: now,
  };
}
