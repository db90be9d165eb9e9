import { meetingTexts } from "../../i18n/meeting-texts";
import { roundTableTexts } from "../../i18n/roundtable-texts";
import type { CardAction } from "../handle-card-action";
import type { CardActionResult } from "../replies";
import type { Turn } from "../turn";
import { meetingFromCard } from "../meeting-context";
import { formAction } from "./round-table-form";
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
