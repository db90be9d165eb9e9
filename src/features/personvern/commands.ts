import { markdownLink, literal } from "../../shared/markdown-literal";
import { text, type Reply } from "../../shared/replies";
import { namesSomething, sameNameKey } from "../../shared/text/clean-text";
import { LINK_LIFETIME_HOURS } from "../referat";
import type { DataSubject } from "./person-data";
import { collectInnsyn, isEmpty } from "./innsyn";
import type { CommandRoute, Turn } from "./services";
import { personvernTexts } from "./texts";

const MAX_NAME = 200;

/**
 * `personvern innsyn ‹navn›`, in the secretary's (or chair's) 1:1 chat with the bot: links to everything
 * stored about that person in the groups where the asker is secretary or chair — as JSON and as a
 * readable Word summary — collected when opened, for 24 hours. In a group chat it is refused: the name
 * and the links are for the secretariat alone.
 */
async function personvernCommand(turn: Turn, args: string): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = personvernTexts(language);
  if (turn.conversation.kind !== "personal") return [text(texts.onlyPersonal)];
  const asked = /^(innsyn|access)\s+(.+)$/i.exec(args.trim());
  const name = asked?.[2]?.trim() ?? "";
  if (!asked || !namesSomething(name) || name.length > MAX_NAME) return [text(texts.usage)];
  const me = turn.from.aadObjectId;
  const groups = me
    ? (await turn.services.groups.ofMember(me)).filter((group) =>
        group.members.some((m) => m.aadObjectId === me && (m.role === "secretary" || m.role === "chair")),
      )
    : [];
  if (groups.length === 0) return [text(texts.notSecretary)];

  const member = groups.flatMap((group) => group.members).find((m) => sameNameKey(m.name) === sameNameKey(name));
  const subject: DataSubject = { name: member?.name ?? name, ...(member?.aadObjectId ? { aadObjectId: member.aadObjectId } : {}) };
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

/** `personvern` / `privacy`. */
export const personvernCommands = {
  personvern: {
    id: "personvern",
    menu: false,
    names: { nb: "personvern", en: "privacy" },
    description: {
      nb: "personvern innsyn ‹navn›: alt som er lagret om en person (sekretær og møteleder, i 1:1-chat)",
      en: "privacy access ‹name›: everything stored about one person (secretary and chair, in a 1:1 chat)",
    },
    handle: personvernCommand,
  },
} satisfies Record<string, CommandRoute>;
