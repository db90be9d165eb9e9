import { splitMunicipality } from "./municipality-match";
import { textsFor } from "../../shared/texts";
import type { Attendee } from "./attendee";
import { attendanceTexts } from "./texts";
import { handledBefore, recordHandled } from "../../shared/meeting/handled-activities";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { leaderMeeting } from "../../shared/meeting/leader-command";
import { text, type Reply } from "../../shared/replies";
import type { Turn, CommandRoute } from "./services";
import { attendanceState, postAttendanceCard, refreshAttendance } from "./attendance-view";
import { applyManualChange, type ManualChange } from "./manual-attendance";

/** `oppmøte` posts the check-in card; `oppmøte legg til <navn> [kommune]`, `oppmøte fjern <navn>`. */
export async function attendanceCommand(turn: Turn, args: string): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const trimmed = args.trim();
  if (trimmed === "") {
    if (handledBefore(turn, current.doc)) return [];
    await postAttendanceCard(turn, current.doc);
    await recordHandled(turn, current);
    return [];
  }
  const add = /^(legg til|add)(\s+|$)(.*)$/i.exec(trimmed);
  const remove = /^(fjern|remove)(\s+|$)(.*)$/i.exec(trimmed);
  if (add) {
    const state = await attendanceState(turn, current.doc);
    const { name, municipality } = splitMunicipality(add[3] ?? "", state.group?.municipalities ?? []);
    return manual(turn, { kind: "add", name, ...(municipality ? { municipality } : {}) });
  }
  if (remove) return manual(turn, { kind: "remove", person: { name: (remove[3] ?? "").trim() } });
  return [text(attendanceTexts(turn.conversation.language).addUsage)];
}

/** `forfall <navn>[, grunn]` / `absent <name>[, reason]`. */
export async function absentCommand(turn: Turn, args: string): Promise<Reply[]> {
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  if (args.trim() === "") return [text(attendanceTexts(turn.conversation.language).addUsage)];
  const state = await attendanceState(turn, current.doc);
  const attendees = await turn.services.attendees.list(current.doc.meetingId);
  const { name, reason } = splitReason(args, knownNames(state.group?.members ?? [], attendees));
  return manual(turn, { kind: "absent", person: { name }, ...(reason ? { reason } : {}) });
}

async function manual(turn: Turn, change: ManualChange): Promise<Reply[]> {
  const opened = await leaderMeeting(turn);
  if ("refusal" in opened) return [text(opened.refusal)];
  const result = await applyManualChange(turn, opened.current.doc, change);
  if (result.ok && result.state) await refreshAttendance(turn, result.state);
  return result.duplicate ? [] : [text(result.message)];
}

/** "Kari Nordmann, sykdom", or a known name followed by the reason, or just a name. */
export function splitReason(args: string, known: string[]): { name: string; reason?: string } {
  const trimmed = args.trim();
  const comma = trimmed.indexOf(",");
  if (comma > 0) return { name: trimmed.slice(0, comma).trim(), reason: trimmed.slice(comma + 1).trim() || undefined };
  const lower = trimmed.toLocaleLowerCase("nb");
  const name = [...known]
    .sort((a, b) => b.length - a.length)
    .find((candidate) => lower === candidate.toLocaleLowerCase("nb") || lower.startsWith(`${candidate.toLocaleLowerCase("nb")} `));
  if (!name) return { name: trimmed };
  return { name, reason: trimmed.slice(name.length).trim() || undefined };
}

function knownNames(members: Array<{ name: string }>, attendees: Attendee[]): string[] {
  return [...members.map((m) => m.name), ...attendees.map((a) => a.name)];
}

/** The attendance commands, as `hjelp` and the Teams command menu show them. */
export const attendanceCommands = {
  attendance: {
    id: "attendance",
    menu: true,
    names: { nb: "oppmøte", en: "attendance" },
    description: {
      nb: "Oppmøtekortet; «oppmøte legg til ‹navn› [kommune]», «oppmøte fjern ‹navn›»",
      en: "The check-in card; “attendance add ‹name› [municipality]”, “attendance remove ‹name›”",
    },
    handle: attendanceCommand,
  },
  absent: {
    id: "absent",
    menu: false,
    names: { nb: "forfall", en: "absent" },
    description: { nb: "forfall ‹navn›, [grunn]: meld forfall for noen", en: "absent ‹name›, [reason]: record apologies" },
    handle: absentCommand,
  },
} satisfies Record<string, CommandRoute>;
