import type { PanelServices } from "./services";

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
