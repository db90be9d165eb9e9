import { textsFor } from "../../shared/texts";
import { literal } from "../../shared/markdown-literal";
import { roundTableTexts } from "./texts";
import { MAX_ITEM_TITLE, type Meeting } from "../../shared/meeting/meeting";
import type { Group } from "../working-group";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { leaderRole } from "../../shared/meeting/leader-role";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { text, type Reply } from "../../shared/replies";
import type { Turn } from "../../shared/turn";
import { closeRoundTable, openRoundTable } from "./open-roundtable";
import { postRoundTableCard } from "./roundtable-view";
import type { CommandRoute } from "../../shared/routes";

/** As long as an agenda item's title, where the topic also stands ("Runde rundt bordet – <tema>"). */
const MAX_TOPIC = MAX_ITEM_TITLE;

/**
 * `rundebord [tema]` opens (or shows) it, `rundebord lukk` closes it, `rundebord påminn` reminds.
 * A retried delivery does and says nothing again.
 */
async function roundTableCommand(turn: Turn, args: string): Promise<Reply[]> {
  const texts = roundTableTexts(turn.conversation.language);
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const meeting = current.doc;
  const allowed = leaderRole(turn, meeting);
  if ("refusal" in allowed) return [text(allowed.refusal)];
  const group = meeting.groupId ? await turn.services.groups.read(meeting.groupId) : undefined;
  if (!group || group.doc.municipalities.length === 0) return [text(texts.noGroup)];
  // Before anything is recorded: a refused topic leaves the meeting as it was.
  if (args.trim().length > MAX_TOPIC) return [text(texts.topicTooLong)];
  if (handledBefore(turn, meeting)) return [];
  const replies = await subcommand(turn, meeting, group.doc, args);
  await recordHandled(turn, current);
  return replies;
}

async function subcommand(turn: Turn, meeting: Meeting, group: Group, args: string): Promise<Reply[]> {
  const texts = roundTableTexts(turn.conversation.language);
  const sub = args.trim().toLocaleLowerCase("nb");

  if (sub === "lukk" || sub === "close") {
    if (!meeting.roundTable) return [text(texts.notOpen)];
    await closeRoundTable(turn, meeting, turn.services.now());
    return [text(texts.closedNow)];
  }
  if (sub === "påminn" || sub === "remind") {
    if (!meeting.roundTable) return [text(texts.notOpen)];
    const entries = await turn.services.roundTable.list(meeting.meetingId);
    const done = new Set(entries.map((e) => e.municipality));
    const waiting = group.municipalities.filter((m) => !done.has(m));
    if (waiting.length === 0) return [text(texts.nobodyWaiting)];
    // Teams ids from the chat roster: only people in this chat can be @mentioned.
    const inChat = new Map((await turn.teams.roster()).filter((r) => r.aadObjectId).map((r) => [r.aadObjectId as string, r.teamsUserId]));
    const people = group.members
      .filter((m) => m.municipality && waiting.includes(m.municipality))
      .map((m) => ({ ...m, teamsUserId: (m.aadObjectId && inChat.get(m.aadObjectId)) || undefined }));
    const mentions = people.filter((m) => m.teamsUserId).map((m) => ({ id: m.teamsUserId as string, name: m.name }));
    const names = waiting.map((m) => {
      // A mention's text must be the name as it is; everything else users typed is escaped (Markdown).
      const named = people
        .filter((p) => p.municipality === m)
        .map((p) => (p.teamsUserId ? `<at>${p.name}</at>` : literal(p.name, "inline")));
      return named.length > 0 ? `${literal(m, "inline")} (${named.join(", ")})` : literal(m, "inline");
    });
    return [{ kind: "text", text: texts.remind(names.join(", ")), mentions }];
  }

  const topic =
    args.trim() || meeting.roundTable?.topic || meeting.agenda.find((item) => item.roundTableTopic !== undefined)?.roundTableTopic || "";
  if (meeting.roundTable && !meeting.roundTable.closedAt && (args.trim() === "" || topic === meeting.roundTable.topic)) {
    await postRoundTableCard(turn, meeting, meeting.roundTable, group);
    return [text(texts.alreadyOpen)];
  }
  await openRoundTable(turn, meeting, topic);
  return [text(texts.opened(topic))];
}

/** `rundebord` / `roundtable` with its sub-commands. */
export const roundtableCommands = {
  roundtable: {
    id: "roundtable",
    menu: true,
    names: { nb: "rundebord", en: "roundtable" },
    description: {
      nb: "rundebord [tema]: åpne runde rundt bordet; «rundebord lukk», «rundebord påminn»",
      en: "roundtable [topic]: open the round table; “roundtable close”, “roundtable remind”",
    },
    handle: roundTableCommand,
  },
} satisfies Record<string, CommandRoute>;
