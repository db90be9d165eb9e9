import type { Language } from "../i18n/language";
import { textsFor } from "../i18n/texts";
import { renderCard, type AdaptiveCard } from "./render-card";

export function welcomeCard(language: Language): AdaptiveCard {
  const texts = textsFor(language);
  return renderCard("welcome", {
    title: texts.welcomeTitle,
    body: texts.welcomeBody,
    hint: texts.welcomeHint,
    showHelp: texts.showHelp,
  });
}
