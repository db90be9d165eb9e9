import { commandCatalog } from "../commands/command-catalog";
import type { Language } from "../i18n/language";
import { textsFor } from "../i18n/texts";
import { renderCard, type AdaptiveCard } from "./render-card";

export function helpCard(language: Language): AdaptiveCard {
  const texts = textsFor(language);
  return renderCard("help", {
    title: texts.helpTitle,
    intro: texts.helpIntro,
    commands: commandCatalog.map((command) => ({
      name: language === "en" ? `${command.names.en} (${command.names.nb})` : `${command.names.nb} (${command.names.en})`,
      description: command.description[language],
    })),
    footer: texts.helpFooter,
  });
}
