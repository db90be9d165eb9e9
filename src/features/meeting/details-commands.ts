import { textsFor } from "../../shared/texts";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { detailsTexts } from "./details-texts";
import { leaderStep } from "./leader-step";
import { papersLinkText } from "../../shared/meeting/meeting";
import { parseDetails, withDetails, type DetailsInput } from "./meeting-details";

type DetailCommand = "intro" | "papers" | "archiveRef";

/**
 * `innledning ‹tekst›`, `sakspapirer ‹https-lenke› [tekst]`, `arkivref ‹tekst›`: what the referat
 * says after "Sted" and in its footer. The chair or the secretary; checked before anything is read.
 */
async function detailCommand(turn: Turn, command: DetailCommand, args: string): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = detailsTexts(language);
  const typed = args.trim();
  if (typed === "")
    return [text(command === "intro" ? texts.introUsage : command === "papers" ? texts.papersUsage : texts.archiveRefUsage)];
  const parsed = parseDetails(inputOf(command, typed));
  if ("refusal" in parsed) return [text(texts.refusals[parsed.refusal])];
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(language).noMeeting)];
  const result = await leaderStep(turn, current, (meeting) => ({ ok: true, meeting: withDetails(meeting, parsed.change) }));
  if (result.kind === "refused") return [text(result.message)];
  if (result.duplicate) return [];
  const { papers, archiveRef } = parsed.change;
  if (command === "papers" && papers) return [text(texts.papersSaved(papersLinkText(papers)))];
  if (command === "archiveRef" && archiveRef) return [text(texts.archiveRefSaved(archiveRef))];
  return [text(texts.introSaved)];
}

function inputOf(command: DetailCommand, typed: string): DetailsInput {
  if (command === "intro") return { intro: typed };
  if (command === "archiveRef") return { archiveRef: typed };
  const [url = "", ...words] = typed.split(/\s+/);
  return { papersUrl: url, papersText: words.join(" ") };
}

export const detailsCommands = {
  intro: {
    id: "intro",
    menu: false,
    names: { nb: "innledning", en: "intro" },
    description: { nb: "innledning ‹tekst›: innledning i referatet", en: "intro ‹text›: the referat's introduction" },
    handle: (turn, args) => detailCommand(turn, "intro", args),
  },
  papers: {
    id: "papers",
    menu: false,
    names: { nb: "sakspapirer", en: "papers" },
    description: {
      nb: "sakspapirer ‹https-lenke› [tekst]: hvor sakspapirene er publisert",
      en: "papers ‹https link› [text]: where the meeting papers are published",
    },
    handle: (turn, args) => detailCommand(turn, "papers", args),
  },
  archiveRef: {
    id: "archiveRef",
    menu: false,
    names: { nb: "arkivref", en: "archive-ref" },
    description: { nb: "arkivref ‹tekst›: møtets arkivreferanse (Vår ref)", en: "archive-ref ‹text›: the meeting's archive reference" },
    handle: (turn, args) => detailCommand(turn, "archiveRef", args),
  },
} satisfies Record<string, CommandRoute>;
