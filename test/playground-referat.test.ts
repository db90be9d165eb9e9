import assert from "node:assert/strict";
import { startDevServer, type DevServer } from "./browser/dev-server";
import { PlaygroundPage } from "./browser/playground-page";

/**
 * The approved referat as the Agents Playground draws it in the chat (Teams draws Markdown the same
 * way: paragraphs without space between them). Kari chairs this group, so she can approve.
 */
describe("in a real browser: the referat published by «referat godkjenn», as a person reads it", function () {
  this.timeout(90_000);
  let dev: DevServer;
  let playground: PlaygroundPage;

  before(async function () {
    this.timeout(90_000);
    dev = await startDevServer();
    playground = await PlaygroundPage.open(dev.playgroundUrl, "Faggruppemøte Næringssamarbeid");
  });
  after(async () => {
    await playground?.close();
    await dev?.stop();
  });

  it("each heading stands apart from the line after it; an empty Sak says «Ingen merknader.»", async () => {
    await playground.say("oppsett");
    const setup = await playground.card("Fyll inn gruppens navn");
    await setup.getByLabel(/^Kommuner og regioner/).fill("Asker\nBærum");
    await setup.getByRole("combobox", { name: "Møteleder" }).click();
    await playground.page.getByRole("option", { name: "Kari Nordmann" }).click();
    await setup.getByRole("combobox", { name: "Sekretær" }).click();
    await playground.page.getByRole("option", { name: "Ola Hansen" }).click();
    await setup.getByRole("button", { name: "Lagre", exact: true }).click();
    await playground.card("Asker, Bærum");
    await playground.say("møte ny Faggruppemøte 10.12.2026 10:00-12:00");
    await playground.message("er opprettet");
    await playground.say("start");
    const editor = await playground.card("Én sak per linje");
    await editor.locator("textarea").fill("Sak 1: Godkjenning\nSak 2: Runde rundt bordet – Status\nSak 3: Eventuelt");
    await editor.getByRole("button", { name: "Lagre dagsorden" }).click();
    await playground.settledCard("(runde rundt bordet)");
    await playground.say("start nå");
    await playground.card(/Sak 1 av 3/);
    await playground.say("notat Godkjent uten merknader.");
    await playground.say("rundebord");
    await (await playground.card("Send inn for min kommune")).getByRole("button", { name: "Send inn for min kommune" }).click();
    const form = await playground.card("Status for Asker");
    await form.getByLabel(/^Status/).fill("Nytt gründerhus\nKurs for 40");
    await form.getByRole("button", { name: "Send inn", exact: true }).click();
    await playground.card(/1 av 2 har levert/);
    await playground.say("referat");
    await playground.card("Versjon 1 av utkastet er klar");
    await playground.say("referat godkjenn");

    // The message and, after it, the approved version's card: both drawn before anything is measured.
    await playground.card("Godkjent referat, versjon 1");
    const published = playground.page
      .locator("div")
      .filter({ has: playground.page.getByText("Sak 3: Eventuelt", { exact: true }) })
      .last();
    await published.scrollIntoViewIfNeeded();
    const box = async (text: string) => {
      const element = published.getByText(text, { exact: true });
      await element.waitFor();
      const found = await element.boundingBox();
      assert.ok(found, text);
      return found;
    };
    const gapBetween = async (upper: string, lower: string) => {
      const [a, b] = [await box(upper), await box(lower)];
      return b.y - (a.y + a.height);
    };
    const line = (await box("Sak 3: Eventuelt")).height;
    for (const [heading, next] of [
      ["Sak 2: Runde rundt bordet – Status", "Asker"],
      ["Sak 3: Eventuelt", "Ingen merknader."],
      ["Sekretariat:", "Sak 1: Godkjenning"],
    ] as const) {
      const gap = await gapBetween(heading, next);
      console.log(`      «${heading}» → «${next}»: ${gap.toFixed(1)} px (a line: ${line.toFixed(1)} px)`);
      assert.ok(gap >= line * 0.8, `«${heading}» and «${next}»: ${gap.toFixed(1)} px apart, a line is ${line.toFixed(1)} px`);
    }
    await playground.screenshot(published, "referat-published");
  });
});
