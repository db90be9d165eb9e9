import { meetingTexts } from "../meeting/texts";
import { roundTableTexts } from "./texts";
import type { CardAction } from "../../router/dispatch-card-action";
import type { CardActionResult } from "../../shared/replies";
import type { Turn } from "../../shared/turn";
import { meetingFromCard } from "../../shared/meeting/find-meeting";
import { formAction } from "./roundtable-form";
import { submitAction } from "./submit-entry";

export const roundTableVerbs = ["roundtable.form", "roundtable.submit"] as const;
export type RoundTableVerb = (typeof roundTableVerbs)[number];

export async function roundTableCardAction(turn: Turn, verb: RoundTableVerb, action: CardAction): Promise<CardActionResult> {
  const meeting = await meetingFromCard(turn, action.data);
  if (!meeting) {
    return { kind: "error", status: 404, code: "NotFound", message: meetingTexts(turn.conversation.language).noMeeting };
  }
  const group = meeting.doc.groupId ? await turn.services.groups.read(meeting.doc.groupId) : undefined;
  if (!group || group.doc.municipalities.length === 0) return { kind: "message", text: roundTableTexts(turn.conversation.language).noGroup };
  return verb === "roundtable.form" ? formAction(turn, meeting.doc, group.doc, action) : submitAction(turn, meeting.doc, group.doc, action);
}
