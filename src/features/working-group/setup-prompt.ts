import type { Group } from "./group";
import { groupCard, groupEditorCard } from "./setup-card";
import { choosablePeople } from "./choosable-people";
import { setupTexts } from "./texts";
import { card, text, type Reply } from "../../shared/replies";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import type { Turn } from "./services";

/**
 * The group's card as `oppsett` shows it: a group that has no municipalities yet opens in edit
 * mode for its chair and secretary, with what to fill in and what comes next.
 */
export async function setupCardFor(turn: Turn, group: Group): Promise<AdaptiveCard> {
  const language = turn.conversation.language;
  const leads = group.roleHolders.includes(turn.from.aadObjectId ?? "-");
  if (!leads || group.municipalities.length > 0) return groupCard(group, language);
  return groupEditorCard(group, await choosablePeople(turn, group), language, setupTexts(language).newGroupIntro);
}

/** What a command that needs the group's municipalities answers when there are none: why, and the editor. */
export async function municipalitiesMissing(turn: Turn, group: Group): Promise<Reply[]> {
  return [text(setupTexts(turn.conversation.language).municipalitiesMissing), card(await setupCardFor(turn, group))];
}
