import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { renderCard } from "../src/shared/cards/render-card";
import { helpCard } from "../src/features/help/help-card";
import { welcomeCard } from "../src/features/help/welcome-card";
import { commandRoutes as commandCatalog } from "../src/router/route-table";
import { adaptiveCardErrors } from "./support/adaptive-card-schema";
import { cardsFolder, cardTemplateFiles, strayCardTemplates } from "./support/card-templates";

const templateFiles = cardTemplateFiles();
const templates = templateFiles.map((file) => basename(file, ".card.json"));

describe("card templates", () => {
  it("there are templates to check", () => {
    assert.ok(templates.includes("help") && templates.includes("welcome"), `found ${templates.join(", ")}`);
  });

  it("every template lives in cards/<feature>/, named for a feature folder of src, beside its sample data", () => {
    const features = readdirSync(resolve(cardsFolder, "../src/features"));
    for (const file of templateFiles) {
      const feature = relative(cardsFolder, dirname(file));
      assert.ok(features.includes(feature), `${relative(cardsFolder, file)}: cards/${feature} names no feature`);
      assert.ok(
        readdirSync(dirname(file)).includes(basename(file).replace(/\.card\.json$/, ".card.sample.json")),
        `${file} has its sample`,
      );
    }
    assert.deepEqual(strayCardTemplates(), [], "templates outside cards/");
  });

  it("every template is used by its feature (imported from cards/<feature>/)", () => {
    const sources = readdirSync(resolve(cardsFolder, "../src/features"), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts"))
      .map((name) => ({ feature: name.split("/")[0], text: readFileSync(join(cardsFolder, "../src/features", name), "utf8") }));
    const unused = templateFiles.filter((file) => {
      const [feature, name] = relative(cardsFolder, file).split("/");
      return !sources.some((source) => source.feature === feature && source.text.includes(`cards/${feature}/${name}"`));
    });
    assert.deepEqual(unused, []);
  });

  for (const file of templateFiles) {
    it(`${basename(file)}: bound with its sample data, validates against Adaptive Card 1.5`, () => {
      const template = JSON.parse(readFileSync(file, "utf8")) as object;
      const sample = JSON.parse(readFileSync(file.replace(/\.card\.json$/, ".card.sample.json"), "utf8")) as object;
      const card = renderCard(template, sample);
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
      const card = helpCard(language, commandCatalog);
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
