import { waitingMentions, waitingMunicipalities } from "./reminders/waiting-municipalities";
import { roundTableTexts } from "./texts";
import { reminderMessage } from "./reminders/reminder-message";
import { literal } from "../../shared/markdown-literal";
import { MAX_ITEM_TITLE, type Meeting } from "../../shared/meeting/meeting";
import { leaderMeetingWithGroup, municipalitiesMissing, type Group } from "../working-group";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { text, type Reply } from "../../shared/replies";
import type { Turn, CommandRoute } from "./services";
import { closeRoundTable, openRoundTable } from "./open-roundtable";
import { postRoundTableCard } from "./roundtable-view";
import { setDeadline, switchReminders } from "./deadline-commands";
import { personalRoundTables } from "./personal-roundtables";

/** As long as an agenda item's title, where the topic also stands ("Runde rundt bordet – <tema>"). */
const MAX_TOPIC = MAX_ITEM_TITLE;

/**
 * `rundebord [tema]` opens (or shows) it, `rundebord lukk` closes it, `rundebord påminn` reminds.
 * A retried delivery does and says nothing again.
 */
async function roundTableCommand(turn: Turn, args: string): Promise<Reply[]> {
  const texts = roundTableTexts(turn.conversation.language);
  if (turn.conversation.kind === "personal" && args.trim() === "") return personalRoundTables(turn);
  const opened = await leaderMeetingWithGroup(turn);
  if ("refusal" in opened) return [text(opened.refusal)];
  const { current, group } = opened;
  const meeting = current.doc;
  if (!group) return [text(texts.noGroup)];
  if (group.doc.municipalities.length === 0) return municipalitiesMissing(turn, group.doc);
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
  const [word = "", ...rest] = args.trim().split(/\s+/);
  const first = word.toLocaleLowerCase("nb");
  if (first === "frist" || first === "deadline") return [text(await setDeadline(turn, meeting, group, rest.join(" ")))];
  if (first === "påminnelser" || first === "reminders") return [text(await switchReminders(turn, meeting, group, rest.join(" ")))];

  if (sub === "lukk" || sub === "close") {
    if (!meeting.roundTable) return [text(texts.notOpen)];
    await closeRoundTable(turn, meeting, turn.services.now());
    return [text(texts.closedNow)];
  }
  if (sub === "påminn" || sub === "remind") {
    if (!meeting.roundTable) return [text(texts.notOpen)];
    const waiting = waitingMunicipalities(group, await turn.services.roundTable.list(meeting.meetingId));
    if (waiting.length === 0) return [text(texts.nobodyWaiting)];
    const mentions = await waitingMentions(turn.teams, group, waiting);
    const reminder = reminderMessage(meeting.meetingId, meeting.roundTable, mentions, turn.conversation.language);
    const unknown = mentions.unknown.map((municipality) => literal(municipality, "inline")).join(", ");
    return [reminder, ...(unknown ? [text(texts.nobodyKnown(unknown))] : [])];
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
      nb: "rundebord [tema]: åpne runden; «rundebord frist ‹dato›», «rundebord påminn», «rundebord påminnelser av», «rundebord lukk»",
      en: "roundtable [topic]: open it; “roundtable deadline ‹date›”, “roundtable remind”, “roundtable reminders off”, “roundtable close”",
    },
    handle: roundTableCommand,
  },
} satisfies Record<string, CommandRoute>;
