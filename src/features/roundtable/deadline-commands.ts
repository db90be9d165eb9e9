import type { Group } from "../working-group";
import type { Meeting } from "../../shared/meeting/meeting";
import type { Turn } from "./services";
import { formatOsloSpan, formatOsloWeekdayTime } from "../../shared/time/oslo-time";
import { parseDeadline } from "./deadline";
import { planReminders } from "./reminders/plan-reminders";
import { refreshRoundTable } from "./roundtable-view";
import { openRoundTable } from "./open-roundtable";
import { roundTableTexts } from "./texts";

/** The meeting's start as known: actual, else planned. */
const startOf = (meeting: Meeting): Date | undefined => {
  const start = meeting.actual.start ?? meeting.planned.start;
  return start ? new Date(start) : undefined;
};

/**
 * `rundebord frist <dato> [kl. HH:MM]` and the card's "Sett frist": stores the deadline on the
 * round table, plans its reminders and updates the round-table card. Returns what to tell the
 * leader; nothing is stored when the deadline is refused. A round table the agenda has but nobody
 * opened yet is opened by its deadline, with the agenda item's topic.
 */
export async function setDeadline(turn: Turn, meeting: Meeting, group: Group, text: string): Promise<string> {
  const texts = roundTableTexts(turn.conversation.language);
  const language = turn.conversation.language;
  const agendaTopic = meeting.agenda.find((item) => item.roundTableTopic !== undefined)?.roundTableTopic;
  if (!meeting.roundTable && agendaTopic === undefined) return texts.notOpen;
  if (meeting.roundTable?.closedAt) return texts.deadlineClosed;
  const now = turn.services.now();
  const start = startOf(meeting);
  const parsed = parseDeadline(text, now, start);
  if ("error" in parsed) {
    if (parsed.error === "past") return texts.deadlinePast;
    if (parsed.error === "afterMeetingStart" && start) return texts.deadlineAfterStart(formatOsloSpan(start, undefined, language));
    if (parsed.error === "tooFarAhead") return texts.deadlineTooFarAhead;
    return texts.deadlineUsage;
  }
  const deadline = parsed.deadline.toISOString();
  const opened =
    meeting.roundTable || agendaTopic === undefined ? meeting : ((await openRoundTable(turn, meeting, agendaTopic)) ?? meeting);
  const outcome = await turn.services.meetings.update(
    meeting.meetingId,
    undefined,
    (latest) =>
      latest.roundTable && latest.roundTable.deadline !== deadline
        ? { write: { ...latest, roundTable: { ...latest.roundTable, deadline } }, result: undefined }
        : { result: undefined },
    { now },
  );
  const updated = outcome?.meeting ?? opened;
  const moments = await planReminders(turn.services, updated, parsed.deadline);
  if (updated.roundTable?.cardActivityId) await refreshRoundTable(turn, updated, group);
  const when = formatOsloWeekdayTime(parsed.deadline, language);
  const reminders = group.remindersOff
    ? texts.remindersAreOff
    : moments.length > 0
      ? texts.remindersPlanned(moments.map((moment) => formatOsloWeekdayTime(moment, language)).join(language === "nb" ? " og " : " and "))
      : texts.noReminders;
  return texts.deadlineSet(when, reminders);
}

/** `rundebord påminnelser av|på`: the group's choice, for all its meetings. */
export async function switchReminders(turn: Turn, meeting: Meeting, group: Group, args: string): Promise<string> {
  const texts = roundTableTexts(turn.conversation.language);
  const choice = args.trim().toLocaleLowerCase("nb");
  const off = choice === "av" || choice === "off";
  if (!off && choice !== "på" && choice !== "on") return texts.remindersUsage;
  await turn.services.groups.update(group.groupId, (latest) =>
    Boolean(latest.remindersOff) === off
      ? { result: undefined }
      : { write: { ...latest, remindersOff: off, updatedAt: turn.services.now().toISOString() }, result: undefined },
  );
  if (meeting.roundTable?.cardActivityId) await refreshRoundTable(turn, meeting, { ...group, remindersOff: off });
  return off ? texts.remindersOff : texts.remindersOn;
}
