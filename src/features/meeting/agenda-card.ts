import type { Language } from "../../shared/language";
import { meetingTexts } from "./texts";
import type { AgendaItem, Meeting } from "../../shared/meeting/meeting";
import { literal } from "../../shared/markdown-literal";
import { itemLabel } from "./meeting-card";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import agendaTemplate from "../../../cards/meeting/agenda.card.json";

/** The agenda as the chair would type it, to prefill the editor. */
export function agendaAsText(items: Pick<AgendaItem, "title">[]): string {
  return items.map((item, index) => itemLabel(index, item.title)).join("\n");
}

/** The agenda card; with `editorText`, the editor the chair or secretary gets for themselves. */
export function agendaCard(meeting: Meeting, language: Language, editorText?: string): AdaptiveCard {
  const texts = meetingTexts(language);
  return renderCard(agendaTemplate, {
    meetingId: meeting.meetingId,
    title: literal(texts.agendaTitle(meeting.title)),
    hasItems: meeting.agenda.length > 0,
    emptyText: texts.agendaCardEmpty,
    items: meeting.agenda.map((item, index) => ({
      label: `${literal(itemLabel(index, item.title))}${item.roundTableTopic !== undefined ? ` _(${texts.roundTable})_` : ""}`,
    })),
    editing: editorText !== undefined,
    hint: texts.agendaHint,
    editLabel: texts.editAgenda,
    agendaText: editorText ?? "",
    saveText: texts.saveAgenda,
    standingText: texts.addStanding,
    editText: texts.editAgenda,
  });
}
