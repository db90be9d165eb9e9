import { z } from "zod";
import { groupCard, groupEditorCard } from "./setup-card";
import { choosablePeople } from "./choosable-people";
import { setupCardFor } from "./setup-prompt";
import { assignRole, roleHoldersOf, type Group } from "./group";
import { setupTexts } from "./texts";
import { text, type CardActionResult } from "../../shared/replies";
import { badRequest, forbidden, notFound } from "../../shared/refusals";
import { cardAction, type CardActionRoute, type Turn } from "./services";
import { groupIdFor, linkChat, mayBootstrap, mayRelink, newGroup, sender, withGroupId } from "./group-link";
import type { AdaptiveCard } from "../../shared/cards/render-card";
import { municipalityLines, setupLimitRefusal } from "./setup-limits";
import { namesSomething } from "../../shared/text/clean-text";

const setupDataSchema = z.object({
  groupId: z.string().min(1).max(200).optional(),
  // Lengths are checked after parsing, so that each gets its own message (the body is at most 1 MB).
  name: z.string().optional(),
  leaderTitle: z.string().optional(),
  municipalities: z.string().optional(),
  chair: z.string().max(100).optional(),
  secretary: z.string().max(100).optional(),
});

const setupVerbs = ["setup.edit", "setup.save", "setup.link", "setup.create"] as const;
type SetupVerb = (typeof setupVerbs)[number];
type SetupData = z.infer<typeof setupDataSchema>;

/** The group card's buttons: edit (the editor, to the clicker alone), save, link an existing group, create one. */
export const setupCardActions: CardActionRoute[] = setupVerbs.map((verb) =>
  cardAction({
    verb,
    schema: setupDataSchema,
    invalid: (language) => badRequest(setupTexts(language).groupGone),
    handle: ({ turn, data, replyToId }) => setupCardAction(turn, verb, data, replyToId),
  }),
);

async function setupCardAction(turn: Turn, verb: SetupVerb, data: SetupData, replyToId?: string): Promise<CardActionResult> {
  const language = turn.conversation.language;
  const texts = setupTexts(language);
  const aad = turn.from.aadObjectId;
  if (!aad) return forbidden(texts.anonymous);

  const tooLong = setupLimitRefusal(texts, data);
  if (tooLong && (verb === "setup.create" || verb === "setup.save")) return { kind: "message", text: tooLong };

  if (verb === "setup.create") {
    // Teams retried the click: the group its first delivery created is linked (if that delivery died before).
    const retried = turn.activityId ? await turn.services.groups.read(groupIdFor(turn)) : undefined;
    const ours = retried?.doc.roleHolders.includes(aad) ? retried.doc : undefined;
    if (!ours && !(await mayBootstrap(turn))) return forbidden(texts.notAllowed);
    const typed = data.name?.trim();
    const name = typed && namesSomething(typed) ? typed : texts.suggestedName;
    const created = ours ?? (await turn.services.groups.createIfAbsent(withGroupId(newGroup(turn, name), groupIdFor(turn))));
    if (await linkChat(turn, created)) await turn.chat.send(text(texts.becameSecretary(turn.from.name, created.name)));
    return shown(turn, await setupCardFor(turn, created), replyToId);
  }

  const group = data.groupId ? await turn.services.groups.read(data.groupId) : undefined;
  if (!group) return notFound(texts.groupGone);
  const holds = group.doc.roleHolders.includes(aad);

  if (verb === "setup.link") {
    const unclaimed = group.doc.roleHolders.length === 0;
    if (!holds && !(unclaimed && (await mayBootstrap(turn)))) return forbidden(texts.notAllowed);
    if (!(await mayRelink(turn, group.doc.groupId))) return forbidden(texts.onlyRoleHolders);
    const linked = unclaimed ? await claim(turn, group.doc.groupId) : group.doc;
    if (!linked) return notFound(texts.groupGone);
    if (await linkChat(turn, linked)) {
      await turn.chat.send(text(unclaimed ? texts.becameSecretary(turn.from.name, linked.name) : texts.linked(linked.name)));
    }
    return shown(turn, groupCard(linked, language), replyToId);
  }

  if (!holds) return forbidden(texts.onlyRoleHolders);
  if (verb === "setup.edit") return { kind: "card", card: groupEditorCard(group.doc, await choosablePeople(turn, group.doc), language) };
  // Saving links the chat to the saved group: not to another group than its own, unless theirs too.
  if (!(await mayRelink(turn, group.doc.groupId))) return forbidden(texts.onlyRoleHolders);

  const name = data.name?.trim();
  if (!name || !namesSomething(name)) return { kind: "message", text: texts.emptyName };
  if (data.chair && data.chair === data.secretary) return { kind: "message", text: texts.sameChairAndSecretary };
  const people = await choosablePeople(turn, group.doc);
  const saved = await turn.services.groups.update(group.doc.groupId, (latest) => {
    let members = latest.members;
    for (const role of ["chair", "secretary"] as const) {
      const person = people.find((candidate) => candidate.aadObjectId === data[role]);
      if (person) members = assignRole(members, person, role);
    }
    const municipalities = municipalityLines(data.municipalities);
    const edited = {
      ...latest,
      name,
      leaderTitle: data.leaderTitle?.trim() ?? latest.leaderTitle,
      municipalities,
      members,
      roleHolders: roleHoldersOf(members),
    };
    // Saving what is stored already (e.g. Teams retrying the click) writes nothing. Compared as
    // JSON, as stored: a field set to undefined is no field.
    if (JSON.stringify(edited) === JSON.stringify(latest)) return { result: undefined };
    return { write: { ...edited, updatedAt: turn.services.now().toISOString() }, result: undefined };
  });
  if (!saved) return notFound(texts.groupGone);
  await linkChat(turn, saved.doc);
  return shown(turn, groupCard(saved.doc, language), replyToId);
}

/** The clicked card shows the result for everyone, and the clicker gets it as the invoke answer. */
async function shown(turn: Turn, value: AdaptiveCard, replyToId?: string): Promise<CardActionResult> {
  if (replyToId) await turn.chat.update(replyToId, value);
  return { kind: "card", card: value };
}

/** Claiming a group nobody holds a role in: the claimer becomes secretary (ETag-guarded, so only one wins). */
async function claim(turn: Turn, groupId: string): Promise<Group | undefined> {
  const outcome = await turn.services.groups.update(groupId, (latest) => {
    if (latest.roleHolders.length > 0) return { result: undefined };
    const members = assignRole(latest.members, sender(turn), "secretary");
    return {
      write: { ...latest, members, roleHolders: roleHoldersOf(members), updatedAt: turn.services.now().toISOString() },
      result: undefined,
    };
  });
  if (!outcome) return undefined;
  return outcome.doc.roleHolders.includes(turn.from.aadObjectId ?? "") ? outcome.doc : undefined;
}
