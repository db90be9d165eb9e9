import type { ConversationRecord } from "../../shared/conversation-store";
import { SharedReads } from "../../storage/shared-reads";
import type { PanelServices } from "./services";

/** Where a chat is and which meeting it holds changes rarely; every open panel asks every second. */
const CONVERSATION_FOR_MS = 30_000;

/** How long Teams' answer "is this person in the chat" is trusted; each panel polls every second. */
const MEMBER_FOR_MS = 10 * 60_000;
const NOT_MEMBER_FOR_MS = 60_000;
/** The answers kept at once (one per open panel); the oldest go first. */
const MAX_KEPT = 5000;

export interface ChatMember {
  name: string;
  teamsUserId?: string;
}

/**
 * Whether a signed-in user is in a chat, by Teams' roster (`GET /v3/conversations/{id}/members/{Entra id}`),
 * remembered for a while: a panel polls every second, and the Bot Connector's rate limits count every call.
 */
export class ChatMembership {
  private readonly known = new Map<string, { member?: ChatMember; until: number }>();
  private readonly conversations = new SharedReads<ConversationRecord | undefined>({ keepForMs: CONVERSATION_FOR_MS });

  /** The chat's stored record (its address and meeting), a copy up to 30 s old. */
  conversation(services: PanelServices, conversationId: string): Promise<ConversationRecord | undefined> {
    return this.conversations.readRecent(conversationId, () => services.conversations.get(conversationId));
  }

  async of(services: PanelServices, conversationId: string, aadObjectId: string): Promise<ChatMember | undefined> {
    const key = `${conversationId}\n${aadObjectId}`;
    const now = Date.now();
    const kept = this.known.get(key);
    if (kept && kept.until > now) return kept.member;
    const found = await services.proactive.inConversation(conversationId, (ports) => ports.teams.member(aadObjectId));
    const member =
      found && found.aadObjectId === aadObjectId
        ? { name: found.name, ...(found.teamsUserId ? { teamsUserId: found.teamsUserId } : {}) }
        : undefined;
    if (this.known.size >= MAX_KEPT) this.known.delete(this.known.keys().next().value ?? "");
    this.known.set(key, { ...(member ? { member } : {}), until: now + (member ? MEMBER_FOR_MS : NOT_MEMBER_FOR_MS) });
    return member;
  }
}
