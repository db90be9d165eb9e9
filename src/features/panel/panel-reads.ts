import type { Attendee } from "../attendance";
import type { FollowUp } from "../followups";
import type { RoundTableEntry } from "../roundtable";
import type { ConversationRecord } from "../../shared/conversation-store";
import type { Meeting } from "../../shared/meeting/meeting";
import type { Versioned } from "../../storage/etag-update";
import { SharedReads } from "../../storage/shared-reads";
import type { PanelServices } from "./services";

/** Where a chat is and which meeting it holds changes rarely. */
const CONVERSATION_FOR_MS = 30_000;
/**
 * How long one reading of a meeting serves every panel of it on this instance: with the panels' 1 s poll,
 * a change made on another instance shows within about 1.5 s; one made here, at once (`changed`).
 */
const MEETING_FOR_MS = 500;

/** What every panel of one meeting shows, read once for all of them. */
export interface MeetingLists {
  attendees: Attendee[];
  entries: RoundTableEntry[];
  followUps: FollowUp[];
}

/**
 * The panels' reads, shared: every open panel polls every second, so each instance reads a chat's record,
 * its meeting and the meeting's lists once for all its panels of that meeting (not once per panel).
 */
export class PanelReads {
  private readonly conversations = new SharedReads<ConversationRecord | undefined>({ keepForMs: CONVERSATION_FOR_MS });
  private readonly meetings = new SharedReads<Versioned<Meeting> | undefined>({ keepForMs: MEETING_FOR_MS });
  private readonly lists = new SharedReads<MeetingLists>({ keepForMs: MEETING_FOR_MS });

  conversation(services: PanelServices, conversationId: string): Promise<ConversationRecord | undefined> {
    return this.conversations.readRecent(conversationId, () => services.conversations.get(conversationId));
  }

  /** `fresh`: for an action, which writes under the meeting's ETag and must start from the stored version. */
  meeting(services: PanelServices, meetingId: string, fresh: boolean): Promise<Versioned<Meeting> | undefined> {
    if (fresh) return services.meetings.read(meetingId);
    return this.meetings.readRecent(meetingId, () => services.meetings.read(meetingId));
  }

  meetingLists(services: PanelServices, meeting: Meeting): Promise<MeetingLists> {
    return this.lists.readRecent(meeting.meetingId, async () => {
      const [attendees, entries, followUps] = await Promise.all([
        services.attendees.list(meeting.meetingId),
        meeting.roundTable ? services.roundTable.list(meeting.meetingId) : [],
        meeting.groupId ? services.followUps.list(meeting.groupId) : [],
      ]);
      return { attendees, entries, followUps };
    });
  }

  /** After an action from a panel here: its own panel's next poll, and every other here, read afresh. */
  changed(meetingId: string): void {
    this.meetings.written(meetingId);
    this.lists.written(meetingId);
  }
}
