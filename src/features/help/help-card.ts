import type { Language } from "../../shared/language";
import { type CommandRoute } from "./services";
import { helpTexts } from "./texts";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import helpTemplate from "../../../cards/help/help.card.json";

/** Every command, Norwegian name and English alias, in the order given. */
export function helpCard(language: Language, commands: readonly CommandRoute[]): AdaptiveCard {
  const texts = helpTexts(language);
  return renderCard(helpTemplate, {
    title: texts.helpTitle,
    intro: texts.helpIntro,
    commands: commands.map((command) => ({
      name: language === "en" ? `${command.names.en} (${command.names.nb})` : `${command.names.nb} (${command.names.en})`,
      description: command.description[language],
    })),
    footer: texts.helpFooter,
  });
}
