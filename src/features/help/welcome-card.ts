import type { Language } from "../../shared/language";
import { helpTexts } from "./texts";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import welcomeTemplate from "../../../cards/help/welcome.card.json";

export function welcomeCard(language: Language): AdaptiveCard {
  const texts = helpTexts(language);
  return renderCard(welcomeTemplate, {
    title: texts.welcomeTitle,
    body: texts.welcomeBody,
    hint: texts.welcomeHint,
    showHelp: texts.showHelp,
  });
}
