import { textsFor } from "../../shared/texts";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { leaderRole } from "../../shared/meeting/leader-role";
import { card, text, type Reply } from "../../shared/replies";
import type { CommandRoute, Turn } from "./services";
import { addFollowUp, type FollowUpInput } from "./follow-up-changes";
import { followUpsCardFor } from "./show-follow-ups";
import { followUpTexts } from "./texts";

/**
 * `oppfølging`: the group's open follow-ups (anyone). `oppfølging ‹tekst›; ‹ansvarlig›; ‹frist›`:
 * a new one on the current item (the chair or the secretary).
 */
async function followUpCommand(turn: Turn, args: string): Promise<Reply[]> {
  const language = turn.conversation.language;
  const texts = followUpTexts(language);
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(language).noMeeting)];
  const meeting = current.doc;
  if (!meeting.groupId) return [text(textsFor(language).setupFirst)];
  if (args.trim() === "") {
    const shown = await followUpsCardFor(turn, meeting, false);
    return shown ? [card(shown)] : [text(textsFor(language).setupFirst)];
  }
  const allowed = leaderRole(turn, meeting);
  if ("refusal" in allowed) return [text(allowed.refusal)];
  const [what = "", responsible = "", deadline = "", ...rest] = args.split(";");
  if (rest.length > 0) return [text(texts.usage)];
  const input: FollowUpInput = { text: what, responsible, deadline };
  const added = await addFollowUp(turn, meeting, input);
  if ("refusal" in added) return [text(texts.refusals[added.refusal])];
  if (!added.created) return []; // Teams retried; the first delivery answered
  return [text(texts.added(added.followUp.origin.itemNumber, added.followUp.text))];
}

export const followUpCommands = {
  followUp: {
    id: "followUp",
    menu: false,
    names: { nb: "oppfølging", en: "followup" },
    description: {
      nb: "oppfølging [‹tekst›; ‹ansvarlig›; ‹frist›]: vis oppfølgingspunktene, eller legg til ett på saken",
      en: "followup [‹text›; ‹responsible›; ‹deadline›]: show the follow-ups, or add one to the current item",
    },
    handle: followUpCommand,
  },
} satisfies Record<string, CommandRoute>;
