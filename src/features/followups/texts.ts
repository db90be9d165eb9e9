import type { Language } from "../../shared/language";
import { literal } from "../../shared/markdown-literal";
import { FOLLOW_UP_LIMITS } from "./follow-up";
import type { FollowUpRefusal } from "./follow-up-changes";

// Messages in the chat are Markdown in Teams: names and texts users typed go in through literal().

const nb = {
  label: "Oppfølging",
  responsible: "ansvarlig",
  deadline: "frist",
  overdue: "forfalt",
  status: { open: "videreføres", done: "ferdig", dropped: "utgår" },
  listTitle: (group: string) => `Oppfølgingspunkter – ${group}`,
  openCount: (n: number) =>
    n === 0 ? "Ingen åpne oppfølgingspunkter." : n === 1 ? "1 åpent oppfølgingspunkt" : `${n} åpne oppfølgingspunkter`,
  carriedTitle: "Oppfølgingspunkter fra tidligere møter",
  moreOpen: (count: number) =>
    `… og ${count} nyere ${count === 1 ? "oppfølgingspunkt" : "oppfølgingspunkter"} – alle står i referatets oppfølgingstabell`,
  moreCarried: (count: number) =>
    `… og ${count} ${count === 1 ? "oppfølgingspunkt" : "oppfølgingspunkter"} til – skriv «oppfølging» for alle`,
  done: "Ferdig",
  drop: "Utgår",
  changeDeadline: "Endre frist",
  newDeadline: "Ny frist",
  save: "Lagre",
  added: (item: number, text: string) => `Oppfølgingspunkt lagt til sak ${item}: ${literal(text, "inline")}`,
  changed: (text: string, status: string) => `«${literal(text, "inline")}»: ${status}.`,
  usage: "Skriv «oppfølging ‹tekst›; ‹ansvarlig›; ‹frist›», f.eks. «oppfølging Sende ut Doodle; Sekretariatet; 1. oktober 2025».",
  inputText: "Oppfølgingspunkt (hva skal gjøres)",
  inputResponsible: "Ansvarlig (medlem, kommune eller Sekretariatet)",
  inputDeadline: "Frist (valgfri)",
  addFollowUp: "Legg til oppfølgingspunkt",
  refusals: {
    empty: "Skriv hva som skal følges opp.",
    tooLong: `Oppfølgingspunktet er for langt (høyst ${FOLLOW_UP_LIMITS.text} tegn).`,
    responsibleTooLong: `Navnet på den ansvarlige er for langt (høyst ${FOLLOW_UP_LIMITS.responsible} tegn).`,
    badDate: "Fristen er ikke en gyldig dato. Skriv f.eks. «1. april 2026» eller «2026-04-01».",
    beforeMeeting: "Fristen kan ikke være før møtet.",
    tooFarAhead: "Fristen kan ikke være mer enn to år etter møtet.",
    tooMany: `Faggruppen har allerede ${FOLLOW_UP_LIMITS.openPerGroup} åpne oppfølgingspunkter. Merk noen som ferdige eller utgått først.`,
    noItem: "Det er ingen sak å knytte oppfølgingspunktet til. Legg inn dagsordenen først.",
    notFound: "Fant ikke oppfølgingspunktet i denne faggruppen.",
  } satisfies Record<FollowUpRefusal, string>,
};

export type FollowUpTexts = typeof nb;

const en: FollowUpTexts = {
  label: "Follow-up",
  responsible: "responsible",
  deadline: "deadline",
  overdue: "overdue",
  status: { open: "continues", done: "done", dropped: "dropped" },
  listTitle: (group) => `Follow-ups – ${group}`,
  openCount: (n) => (n === 0 ? "No open follow-ups." : n === 1 ? "1 open follow-up" : `${n} open follow-ups`),
  carriedTitle: "Follow-ups from earlier meetings",
  moreOpen: (count: number) => `… and ${count} newer ${count === 1 ? "follow-up" : "follow-ups"} – all are in the minutes' follow-up table`,
  moreCarried: (count: number) => `… and ${count} more ${count === 1 ? "follow-up" : "follow-ups"} – type “followup” for all`,
  done: "Done",
  drop: "Drop",
  changeDeadline: "Change deadline",
  newDeadline: "New deadline",
  save: "Save",
  added: (item, text) => `Follow-up added to item ${item}: ${literal(text, "inline")}`,
  changed: (text, status) => `“${literal(text, "inline")}”: ${status}.`,
  usage: "Type “followup ‹text›; ‹responsible›; ‹deadline›”, e.g. “followup Send the Doodle; Secretariat; 1 October 2025”.",
  inputText: "Follow-up (what is to be done)",
  inputResponsible: "Responsible (member, municipality or Secretariat)",
  inputDeadline: "Deadline (optional)",
  addFollowUp: "Add follow-up",
  refusals: {
    empty: "Type what is to be followed up.",
    tooLong: `The follow-up is too long (at most ${FOLLOW_UP_LIMITS.text} characters).`,
    responsibleTooLong: `The responsible's name is too long (at most ${FOLLOW_UP_LIMITS.responsible} characters).`,
    badDate: "The deadline is not a valid date. Type e.g. “1 April 2026” or “2026-04-01”.",
    beforeMeeting: "The deadline cannot be before the meeting.",
    tooFarAhead: "The deadline cannot be more than two years after the meeting.",
    tooMany: `The group already has ${FOLLOW_UP_LIMITS.openPerGroup} open follow-ups. Mark some done or dropped first.`,
    noItem: "There is no item to attach the follow-up to. Add the agenda first.",
    notFound: "No such follow-up in this group.",
  },
};

export const followUpTexts = (language: Language): FollowUpTexts => (language === "en" ? en : nb);
