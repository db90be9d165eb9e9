import { meetingSpan, isOpen, type Meeting } from "../../shared/meeting/meeting";
import { renderCard } from "../../shared/cards/render-card";
import { literal } from "../../shared/markdown-literal";
import { card, text, type Reply } from "../../shared/replies";
import { formatOsloSpan, formatOsloWeekdayTime } from "../../shared/time/oslo-time";
import type { Turn } from "./services";
import type { Group } from "../working-group";
import { roundTableTexts } from "./texts";
import personalTemplate from "../../../cards/roundtable/personal-roundtables.card.json";

interface OpenTable {
  meeting: Meeting;
  group: Group;
  municipality?: string;
}

/**
 * `rundebord` in a 1:1 chat with the bot: the open round tables of the person's groups, each with
 * "Send inn", which opens the same form as in the meeting chat (and updates its shared card).
 */
export async function personalRoundTables(turn: Turn): Promise<Reply[]> {
  const texts = roundTableTexts(turn.conversation.language);
  const aad = turn.from.aadObjectId;
  const groups = aad ? await turn.services.groups.ofMember(aad) : [];
  if (!aad || groups.length === 0) return [text(texts.notAMember)];
  const tables: OpenTable[] = [];
  for (const group of groups) {
    const indexed = (await turn.services.meetingIndex.list(group.groupId)).filter((entry) => entry.roundTable && entry.status !== "ended");
    const meetings = await Promise.all(indexed.map((entry) => turn.services.meetings.read(entry.meetingId)));
    const municipality = group.members.find((member) => member.aadObjectId === aad)?.municipality;
    for (const meeting of meetings) {
      if (meeting && isOpen(meeting.doc.roundTable))
        tables.push({ meeting: meeting.doc, group, ...(municipality ? { municipality } : {}) });
    }
  }
  if (tables.length === 0) return [text(texts.noOpenRoundTables)];
  return [card(await personalCard(turn, tables))];
}

async function personalCard(turn: Turn, tables: OpenTable[]) {
  const language = turn.conversation.language;
  const texts = roundTableTexts(language);
  const rows = await Promise.all(
    tables.map(async ({ meeting, group, municipality }) => {
      const entry = municipality ? await turn.services.roundTable.read(meeting.meetingId, municipality) : undefined;
      const start = meetingSpan(meeting).start;
      const deadline = meeting.roundTable?.deadline;
      return {
        meetingId: meeting.meetingId,
        heading: literal(texts.title(meeting.roundTable?.topic ?? "")),
        group: literal(group.name),
        meetingLabel: texts.meetingLabel,
        meetingDate: literal(start ? formatOsloSpan(new Date(start), undefined, language) : texts.unknownDate),
        deadlineLabel: texts.deadlineLabel,
        deadline: deadline ? formatOsloWeekdayTime(new Date(deadline), language) : texts.noDeadline,
        statusLabel: municipality ? literal(municipality) : texts.yourStatus,
        status: entry ? texts.submitted(formatOsloWeekdayTime(new Date(entry.doc.updatedAt), language)) : texts.waiting,
        submitText: texts.submit,
      };
    }),
  );
  return renderCard(personalTemplate, { title: texts.personalTitle, tables: rows });
}
