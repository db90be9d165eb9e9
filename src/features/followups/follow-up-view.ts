import type { Language } from "../../shared/language";
import { formatOsloDate, osloDateStamp } from "../../shared/time/oslo-time";
import { deadlineInstant, type FollowUp } from "./follow-up";
import { followUpTexts } from "./texts";

/** A follow-up as every output shows it, plain text (escaping is each renderer's job). */
export interface FollowUpView {
  id: string;
  text: string;
  responsible?: string;
  /** "1. april 2026". */
  deadline?: string;
  overdue: boolean;
  /** "Sak 3: Arbeidsgrupper", where it was made. */
  item: string;
  /** "11. september 2025", the meeting it was made in. */
  meetingDate: string;
  status: FollowUp["status"];
}

export function followUpView(followUp: FollowUp, language: Language, today: Date): FollowUpView {
  return {
    id: followUp.id,
    text: followUp.text,
    ...(followUp.responsible ? { responsible: followUp.responsible } : {}),
    ...(followUp.deadline ? { deadline: formatOsloDate(deadlineInstant(followUp.deadline), language) } : {}),
    overdue: followUp.status === "open" && Boolean(followUp.deadline && followUp.deadline < osloDateStamp(today)),
    item: `${language === "en" ? "Item" : "Sak"} ${followUp.origin.itemNumber}: ${followUp.origin.itemTitle}`,
    meetingDate: formatOsloDate(new Date(followUp.origin.meetingStart), language),
    status: followUp.status,
  };
}

/** "– ansvarlig: Sekretariatet, frist: 1. april 2026": what follows the text, or "". */
export function followUpDetails(view: Pick<FollowUpView, "responsible" | "deadline">, language: Language): string {
  const texts = followUpTexts(language);
  const parts = [
    view.responsible ? `${texts.responsible}: ${view.responsible}` : undefined,
    view.deadline ? `${texts.deadline}: ${view.deadline}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? ` – ${parts.join(", ")}` : "";
}
