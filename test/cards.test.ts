import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cardsFolder, renderCard } from "../src/cards/render-card";
import { helpCard } from "../src/cards/help-card";
import { welcomeCard } from "../src/cards/welcome-card";
import { commandCatalog } from "../src/commands/command-catalog";
import { adaptiveCardErrors } from "./support/adaptive-card-schema";

const templates = readdirSync(cardsFolder)
  .filter((file) => file.endsWith(".json") && !file.endsWith(".sample.json"))
  .map((file) => file.replace(/\.json$/, ""));

describe("card templates", () => {
  it("there are templates to check", () => {
    assert.ok(templates.includes("help") && templates.includes("welcome"), `found ${templates.join(", ")}`);
  });

  for (const name of templates) {
    it(`${name}: bound with its sample data, validates against Adaptive Card 1.5`, () => {
      const sample = JSON.parse(readFileSync(join(cardsFolder, `${name}.sample.json`), "utf8")) as object;
      const card = renderCard(name, sample);
      assert.deepEqual(adaptiveCardErrors(card), []);
      assert.equal(card.version, "1.5");
      assert.doesNotMatch(JSON.stringify(card), /\$\{/, "every ${…} placeholder is bound");
    });
  }

  it("the schema check catches a broken card (it can fail)", () => {
    const broken = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", size: "Huge" }] };
    assert.notDeepEqual(adaptiveCardErrors(broken), []);
  });

  for (const language of ["nb", "en"] as const) {
    it(`help card in ${language} lists every command and validates`, () => {
      const card = helpCard(language);
      assert.deepEqual(adaptiveCardErrors(card), []);
      const text = JSON.stringify(card);
      for (const command of commandCatalog) {
        assert.ok(text.includes(command.names.nb) && text.includes(command.names.en), `${command.id} listed`);
        assert.ok(text.includes(command.description[language]));
      }
    });

    it(`welcome card in ${language} validates and offers the commands`, () => {
      const card = welcomeCard(language);
      assert.deepEqual(adaptiveCardErrors(card), []);
      assert.match(JSON.stringify(card), language === "nb" ? /Vis kommandoer/ : /Show commands/);
    });
  }
});
