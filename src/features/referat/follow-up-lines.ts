import type { Language } from "../../shared/language";
import { followUpDetails, followUpTexts } from "../followups";
import type { ReferatFollowUp } from "./referat";

/** "Sende ut Doodle – ansvarlig: Sekretariatet, frist: 1. oktober 2025": one follow-up, plain text. */
export const followUpLine = (followUp: ReferatFollowUp, language: Language): string =>
  `${followUp.text}${followUpDetails(followUp, language)}`;

/** "Sak 3: Arbeidsgrupper, 11. september 2025": where a follow-up was made. */
export const followUpOrigin = (followUp: ReferatFollowUp): string => `${followUp.item}, ${followUp.meetingDate}`;

/** "ferdig", "utgår", "videreføres": a carried follow-up's status after this meeting. */
export const followUpStatusWord = (followUp: ReferatFollowUp, language: Language): string =>
  followUpTexts(language).status[followUp.status];
