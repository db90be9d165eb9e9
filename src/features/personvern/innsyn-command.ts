import { markdownLink, literal } from "../../shared/markdown-literal";
import { text, type Reply } from "../../shared/replies";
import { LINK_LIFETIME_HOURS } from "../referat";
import { collectInnsyn, isEmpty } from "./innsyn";
import { groupsWhereAsker, subjectNamed } from "./requester";
import type { Turn } from "./services";
import { personvernTexts } from "./texts";

/**
 * `personvern innsyn ‹navn›`: links to everything stored about that person in the groups where the
 * asker is secretary or chair — as JSON and as a readable Word summary — collected when opened, for 24 hours.
 */
export async function innsynCommand(turn: Turn, name: string): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = personvernTexts(language);
  const groups = await groupsWhereAsker(turn, ["secretary", "chair"]);
  if (groups.length === 0) return [text(texts.notSecretary)];

  const subject = subjectNamed(groups, name);
  const groupIds = groups.map((group) => group.groupId);
  if (isEmpty(await collectInnsyn(turn.services, groupIds, subject))) return [text(texts.nobody(literal(subject.name, "inline")))];

  const token = await turn.services.downloadLinks.issue(
    { meetingId: "innsyn", version: 0, kind: "innsyn", language, groupIds, subject, fileName: `innsyn-${fileNameOf(subject.name)}` },
    turn.services.now(),
    LINK_LIFETIME_HOURS * 3600_000,
  );
  const url = `${turn.services.publicBaseUrl()}/download/${token}`;
  const groupNames = groups.map((group) => group.name).join(", ");
  return [
    text(
      texts.ready(
        literal(subject.name, "inline"),
        literal(groupNames, "inline"),
        markdownLink("JSON", `${url}?format=json`),
        markdownLink("Word", url),
      ),
    ),
  ];
}

const fileNameOf = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/[^\w -]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase()
    .slice(0, 60) || "person";
