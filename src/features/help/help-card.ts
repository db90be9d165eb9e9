import { commandCatalog } from "../../router/command-catalog";
import type { Language } from "../../shared/language";
import { textsFor } from "../../shared/texts";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import helpTemplate from "./help.card.json";

export function helpCard(language: Language): AdaptiveCard {
  const texts = textsFor(language);
  return renderCard(helpTemplate, {
    title: texts.helpTitle,
    intro: texts.helpIntro,
    commands: commandCatalog.map((command) => ({
      name: language === "en" ? `${command.names.en} (${command.names.nb})` : `${command.names.nb} (${command.names.en})`,
      description: command.description[language],
    })),
    footer: texts.helpFooter,
  });
}
