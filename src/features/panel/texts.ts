import type { Language } from "../../shared/language";

const nb = {
  notInChat: "Møtebot er ikke lagt til i denne chatten.",
  notAMember: "Du er ikke med i denne møtechatten.",
  noMeeting: "Det er ikke noe møte i denne chatten ennå.",
  leadersOnly: "Bare møteleder og sekretær kan gjøre dette.",
  saved: "Lagret.",
  notSaved: "Ikke lagret – se meldingen over skjemaet.",
};

export type PanelTexts = typeof nb;

const en: PanelTexts = {
  notInChat: "Møtebot has not been added to this chat.",
  notAMember: "You are not in this meeting chat.",
  noMeeting: "There is no meeting in this chat yet.",
  leadersOnly: "Only the chair and the secretary can do this.",
  saved: "Saved.",
  notSaved: "Not saved – see the message above the form.",
};

export const panelTexts = (language: Language): PanelTexts => (language === "en" ? en : nb);
