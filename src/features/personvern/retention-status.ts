import { literal } from "../../shared/markdown-literal";
import { text, type Reply } from "../../shared/replies";
import { formatOsloDate } from "../../shared/time/oslo-time";
import { groupsWhereAsker } from "./requester";
import { keptWithoutApproval } from "./retention";
import type { Turn } from "./services";
import { personvernTexts } from "./texts";

/**
 * `personvern` alone: how to use the tools, how long working documents are kept, and — for the
 * secretary and chair — the meetings kept past that time because their referat was never approved.
 */
export async function retentionStatus(turn: Turn): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = personvernTexts(language);
  const months = turn.services.retentionMonths;
  const lines = [texts.usage, texts.retention(months)];
  for (const group of await groupsWhereAsker(turn, ["secretary", "chair"])) {
    const kept = keptWithoutApproval(await turn.services.meetingIndex.list(group.groupId), months, turn.services.now());
    if (kept.length === 0) continue;
    const listed = kept.map((entry) => `${literal(entry.title, "inline")} (${formatOsloDate(new Date(entry.start), language)})`);
    lines.push(texts.keptWithoutApproval(literal(group.name, "inline"), months, listed.join(", ")));
  }
  return [text(lines.join("\n\n"))];
}
