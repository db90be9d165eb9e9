import type { Container } from "@azure/cosmos";
import type { ConversationInfo } from "../activities/conversation-info";
import { isConflict, isNotFound } from "./storage-errors";

/** Container `conversations`, partition `/conversationId`: where and how to talk in a chat. */
export type ConversationRecord = ConversationInfo & { id: "conversation"; installedAt: string };

const RECORD_ID = "conversation";
/** Marker document: exists once the welcome card was posted in this conversation. */
const WELCOME_ID = "welcome";

export class ConversationStore {
  constructor(private readonly container: Container) {}

  /** Upsert: a later install event overwrites with the same or fresher data (last writer wins). */
  async remember(info: ConversationInfo, now: Date): Promise<void> {
    const record: ConversationRecord = { ...info, id: RECORD_ID, installedAt: now.toISOString() };
    await this.container.items.upsert(record);
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
