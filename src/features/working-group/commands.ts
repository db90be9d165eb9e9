import { linkGroupCard } from "./setup-card";
import { setupCardFor } from "./setup-prompt";
import { setupTexts } from "./texts";
import { card, text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { groupIdFor, groupIdOfChat, linkChat, mayBootstrap, newGroup, withGroupId } from "./group-link";

/** `oppsett`: the chat's group, or — the first time — linking or creating one. */
async function setupCommand(turn: Turn): Promise<Reply[]> {
  const texts = setupTexts(turn.conversation.language);
  const language = turn.conversation.language;
  // A retried first `oppsett` finds the group its first delivery created: it finishes the link if
  // that delivery died before, and says nothing twice.
  const retried = turn.activityId ? await turn.services.groups.read(groupIdFor(turn)) : undefined;
  if (retried?.doc.roleHolders.includes(turn.from.aadObjectId ?? "")) {
    return (await linkChat(turn, retried.doc))
      ? [text(texts.becameSecretary(turn.from.name, retried.doc.name)), card(await setupCardFor(turn, retried.doc))]
      : [];
  }
  const groupId = await groupIdOfChat(turn);
  const group = groupId ? await turn.services.groups.read(groupId) : undefined;
  if (group) return [card(await setupCardFor(turn, group.doc))];

  const aad = turn.from.aadObjectId;
  if (!aad) return [text(texts.anonymous)];
  const bootstrap = await mayBootstrap(turn);
  const linkable = (await turn.services.groups.linkableBy(aad)).filter((candidate) => candidate.roleHolders.includes(aad) || bootstrap);
  if (linkable.length > 0) return [card(linkGroupCard(linkable, bootstrap, language))];
  if (!bootstrap) return [text(texts.notAllowed)];

  const created = await turn.services.groups.createIfAbsent(withGroupId(newGroup(turn, texts.suggestedName), groupIdFor(turn)));
  await linkChat(turn, created);
  return [text(texts.becameSecretary(turn.from.name, created.name)), card(await setupCardFor(turn, created))];
}

/** `oppsett` / `setup`. */
export const setupCommands = {
  setup: {
    id: "setup",
    menu: true,
    names: { nb: "oppsett", en: "setup" },
    description: { nb: "Vis og endre faggruppen: navn, kommuner, møteleder og sekretær", en: "Show and change the working group" },
    handle: setupCommand,
  },
} satisfies Record<string, CommandRoute>;
