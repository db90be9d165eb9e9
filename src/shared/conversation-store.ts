import type { Container } from "@azure/cosmos";
import type { ConversationInfo } from "./conversation";
import { isConflict, isNotFound } from "../storage/storage-errors";

/** Container `conversations`, partition `/conversationId`: where and how to talk in a chat. */
export type ConversationRecord = ConversationInfo & {
  id: "conversation";
  installedAt: string;
  currentMeetingId?: string;
  groupId?: string;
};

const RECORD_ID = "conversation";
/** Marker document: exists once the welcome card was posted in this conversation. */
const WELCOME_ID = "welcome";

export class ConversationStore {
  constructor(private readonly container: Container) {}

  /**
   * Creates the record or refreshes where to reply; keeps what features stored on it
   * (the current meeting of a non-meeting chat). A concurrent create (409) is patched instead.
   */
  async remember(info: ConversationInfo, now: Date): Promise<void> {
    const item = this.container.item(RECORD_ID, info.conversationId);
    const refresh = () =>
      item.patch([
        { op: "set", path: "/serviceUrl", value: info.serviceUrl },
        { op: "set", path: "/botId", value: info.botId },
        { op: "set", path: "/language", value: info.language },
      ]);
    try {
      await refresh();
    } catch (error) {
      if (!isNotFound(error)) throw error;
      const record: ConversationRecord = { ...info, id: RECORD_ID, installedAt: now.toISOString() };
      try {
        await this.container.items.create(record);
      } catch (createError) {
        if (!isConflict(createError)) throw createError;
        await refresh();
      }
    }
  }

  /** A non-meeting chat's current meeting (`møte ny`); last writer wins. */
  async setCurrentMeeting(info: ConversationInfo, meetingId: string, now: Date): Promise<void> {
    await this.setField(info, "/currentMeetingId", meetingId, now);
  }

  /** The faggruppe this chat works for (`oppsett`); last writer wins. */
  async setGroup(info: ConversationInfo, groupId: string, now: Date): Promise<void> {
    await this.setField(info, "/groupId", groupId, now);
  }

  private async setField(info: ConversationInfo, path: string, value: string, now: Date): Promise<void> {
    await this.remember(info, now);
    await this.container.item(RECORD_ID, info.conversationId).patch([{ op: "set", path, value }]);
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const { resource } = await this.container.item(RECORD_ID, conversationId).read<ConversationRecord>();
    return resource;
  }

  /**
   * True for exactly one caller per conversation: Teams sends both `conversationUpdate` and
   * `installationUpdate` on install, and may retry either. Create fails with 409 for the others.
   */
  async claimWelcome(conversationId: string, now: Date): Promise<boolean> {
    try {
      await this.container.items.create({ id: WELCOME_ID, conversationId, welcomedAt: now.toISOString() });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  /** After the app is removed, a later install welcomes again. Already gone is fine. */
  async releaseWelcome(conversationId: string): Promise<void> {
    try {
      await this.container.item(WELCOME_ID, conversationId).delete();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
