import { textsFor } from "../../shared/texts";
import { literal } from "../../shared/markdown-literal";
import { itemLabel } from "./meeting-card";
import { meetingTexts } from "./texts";
import type { Meeting } from "../../shared/meeting/meeting";
import { addNote, moveTo, next, previous } from "./walkthrough";
import { ensureMeeting } from "../../shared/meeting/find-meeting";
import { text, type Reply } from "../../shared/replies";
import type { Turn } from "./services";
import { leaderStep, noteFrom, type StepDecision } from "./leader-step";

type Decide = (meeting: Meeting) => StepDecision;

/** `neste`, `forrige`, `sak N`, `notat …`, `vedtak …` typed in the chat. */
export async function walkthroughCommand(
  turn: Turn,
  command: "next" | "previous" | "item" | "note" | "decision",
  args: string,
): Promise<Reply[]> {
  const texts = meetingTexts(turn.conversation.language);
  const decide = decisionFor(turn, command, args);
  if (typeof decide === "string") return [text(decide)];
  const current = await ensureMeeting(turn);
  if (!current) return [text(textsFor(turn.conversation.language).noMeeting)];
  const result = await leaderStep(turn, current, decide);
  if (result.kind === "refused") return [text(result.message)];
  if (result.duplicate) return []; // Teams retried; the first delivery answered
  if (result.refusal) return [text(texts.refusals[result.refusal])];
  const item = result.meeting.agenda[result.meeting.currentIndex];
  if (!item) return [];
  if (command === "note" || command === "decision") return [text(texts.noteAdded(command, result.meeting.currentIndex + 1))];
  return [text(literal(itemLabel(result.meeting.currentIndex, item.title)))];
}

function decisionFor(turn: Turn, command: "next" | "previous" | "item" | "note" | "decision", args: string): Decide | string {
  const texts = meetingTexts(turn.conversation.language);
  switch (command) {
    case "next":
      return (meeting) => next(meeting);
    case "previous":
      return (meeting) => previous(meeting);
    case "item": {
      const number = /^\d{1,4}$/.test(args.trim()) ? Number.parseInt(args, 10) : Number.NaN;
      if (!Number.isInteger(number)) return texts.itemUsage;
      return (meeting) => moveTo(meeting, number - 1);
    }
    case "note":
    case "decision": {
      if (args.trim() === "") return texts.noteUsage;
      const note = noteFrom(turn, command, args);
      return (meeting) => addNote(meeting, note);
    }
  }
}
