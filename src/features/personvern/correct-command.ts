import { literal } from "../../shared/markdown-literal";
import { text, type Reply } from "../../shared/replies";
import { namesSomething, sameNameKey } from "../../shared/text/clean-text";
import { applyPersonRewrite, planPersonRewrite } from "./erasure";
import { groupsWhereAsker, subjectNamed } from "./requester";
import type { Turn } from "./services";
import { personvernTexts } from "./texts";

const MAX_NAME = 200;

/**
 * `personvern rett ‹navn› til ‹nytt navn›` / `personvern rett ‹navn› kommune ‹kommune›`: the secretary
 * corrects a person once, and every document of her groups that shows them follows — membership,
 * attendance, round-table entries, follow-ups, notes and referat drafts. Approved referat versions stay as
 * approved: a correction to one is a new version, approved again.
 */
export async function correctCommand(turn: Turn, args: string): Promise<Reply[]> {
  const texts = personvernTexts(turn.conversation.language);
  const asked = /^(.+?)\s+(til|to|kommune|municipality)\s+(.+)$/i.exec(args.trim());
  const [, name = "", how = "", value = ""] = asked ?? [];
  if (!asked || !namesSomething(value) || value.length > MAX_NAME) return [text(texts.usage)];
  const groups = await groupsWhereAsker(turn, ["secretary"]);
  if (groups.length === 0) return [text(texts.notGroupSecretary)];
  const subject = subjectNamed(groups, name);

  const byMunicipality = /^(kommune|municipality)$/i.test(how);
  let municipality: string | undefined;
  if (byMunicipality) {
    const known = [...new Set(groups.flatMap((group) => group.municipalities))];
    municipality = known.find((each) => sameNameKey(each) === sameNameKey(value));
    if (!municipality) return [text(texts.unknownMunicipality(literal(value.trim(), "inline"), literal(known.join(", "), "inline")))];
  }
  const correctedName = byMunicipality ? subject.name : value.trim();
  const plan = await planPersonRewrite(
    turn.services,
    groups.map((group) => group.groupId),
    subject,
    { kind: "correct", name: correctedName, ...(municipality ? { municipality } : {}) },
  );
  if (plan.changes.length === 0) return [text(texts.nobody(literal(subject.name, "inline")))];
  const written = await applyPersonRewrite(turn.services, plan);
  const shown = municipality ? `${correctedName} (${municipality})` : correctedName;
  return [text(texts.corrected(literal(subject.name, "inline"), literal(shown, "inline"), written))];
}
