import { createHash, randomUUID } from "node:crypto";
import type { Turn } from "./turn";

/** An id for something this activity creates: a retried delivery derives the same one, so nothing is created twice. */
export function activityDerivedId(turn: Turn): string {
  if (!turn.activityId) return randomUUID();
  return createHash("sha256").update(`${turn.conversation.conversationId}\n${turn.activityId}`).digest("hex").slice(0, 32);
}
