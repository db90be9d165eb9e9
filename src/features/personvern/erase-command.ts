import { z } from "zod";
import { literal } from "../../shared/markdown-literal";
import { badRequest, forbidden } from "../../shared/refusals";
import { card, text, type CardActionResult, type Reply } from "../../shared/replies";
import { eraseCard } from "./erase-card";
import { applyPersonRewrite, planPersonRewrite } from "./erasure";
import type { DataSubject } from "./person-data";
import { groupsWhereAsker, subjectNamed } from "./requester";
import { FORMER_MEMBER } from "./rewrite-person";
import { cardAction, type CardActionRoute, type Turn } from "./services";
import { personvernTexts } from "./texts";

/** `personvern slett ‹navn›`: the secretary sees what would be erased, and confirms on the card. */
export async function eraseCommand(turn: Turn, name: string): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = personvernTexts(language);
  const groups = await groupsWhereAsker(turn, ["secretary"]);
  if (groups.length === 0) return [text(texts.notGroupSecretary)];
  const subject = subjectNamed(groups, name);
  const plan = await planPersonRewrite(
    turn.services,
    groups.map((group) => group.groupId),
    subject,
    { kind: "erase", placeholder: FORMER_MEMBER[language] },
  );
  if (plan.changes.length === 0 && plan.links.length === 0) return [text(texts.nothingToErase(literal(subject.name, "inline")))];
  return [card(eraseCard(plan, literal(groups.map((group) => group.name).join(", "), "inline"), language))];
}

/**
 * "Slett opplysningene": the groups are the clicker's own, read again now (the card's data names only
 * whom), so a forwarded or forged card erases nothing for someone who is not the secretary.
 */
export const eraseCardActions: CardActionRoute[] = [
  cardAction({
    verb: "personvern.erase",
    schema: z.object({ name: z.string().trim().min(1).max(200), aadObjectId: z.string().max(100).optional() }),
    handle: async ({ turn, data }): Promise<CardActionResult> => {
      const language = turn.conversation.language;
      const texts = personvernTexts(language);
      if (turn.conversation.kind !== "personal") return badRequest(texts.onlyPersonal);
      const groups = await groupsWhereAsker(turn, ["secretary"]);
      if (groups.length === 0) return forbidden(texts.notGroupSecretary);
      const named = subjectNamed(groups, data.name);
      const subject: DataSubject = data.aadObjectId ? { name: named.name, aadObjectId: data.aadObjectId } : named;
      const plan = await planPersonRewrite(
        turn.services,
        groups.map((group) => group.groupId),
        subject,
        { kind: "erase", placeholder: FORMER_MEMBER[language] },
      );
      const written = await applyPersonRewrite(turn.services, plan);
      turn.services.log.info({ written, keptApproved: plan.keptApproved, groups: groups.length }, "personvern: a person's data erased");
      const name = literal(subject.name, "inline");
      return { kind: "message", text: written === 0 ? texts.nothingToErase(name) : texts.erased(name, written, plan.keptApproved) };
    },
  }),
];
