import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDevServer, type DevServer } from "./browser/dev-server";
import type { Locator } from "playwright-core";
import { PlaygroundPage } from "./browser/playground-page";

const CHAT = "Faggruppemøte Næringssamarbeid";
const AGENDA = [
  "Sak 1: Godkjenning av innkalling og dagsorden",
  "Sak 2: Næringsarealer i regionen",
  "Sak 3: Runde rundt bordet – status i kommunene",
  "Sak 4: Eventuelt",
];

/** The README's quick start: the command of each numbered step, in order. */
function quickStart(): string[] {
  const readme = readFileSync(resolve(__dirname, "../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
  return [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((match) => match[1] ?? "");
}
const STEPS = quickStart();
/** The quick start's step `n` (1-based): the test types exactly what the README says. */
const step = (n: number): string => STEPS[n - 1] ?? `(the README has no step ${n})`;

/**
 * `npm run dev` and the Microsoft 365 Agents Playground in Chromium: first the README's quick start,
 * followed as written (its commands in its order, each click it names), from a fresh data folder to
 * a referat; then the other cards. Each card is saved to docs/cards/<name>.png. The Playground has
 * no user-specific views, so the leaders' view of a card comes from "Vis for møteleder og sekretær".
 */
describe("in a real browser: the Agents Playground (npm run dev) renders the bot's cards", function () {
  this.timeout(60_000);
  let dev: DevServer;
  let playground: PlaygroundPage;

  before(async function () {
    this.timeout(90_000);
    dev = await startDevServer();
    playground = await PlaygroundPage.open(dev.playgroundUrl, CHAT);
  });
  after(async () => {
    await playground?.close();
    await dev?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state !== "failed") return;
    const picture = join(tmpdir(), `playground-failure-${Date.now()}.png`);
    await playground?.page.screenshot({ path: picture, fullPage: true });
    console.log(`The page as it was: ${picture}\n${dev.output().slice(-3000)}`);
  });

  it("the README's quick start has the seven steps this test follows", () => {
    assert.deepEqual(STEPS, [
      "hjelp",
      "oppsett",
      "møte ny Faggruppemøte 10.12.2026 10:00-12:00",
      "agenda",
      "start nå",
      "rundebord",
      "referat",
    ]);
  });

  it("1. hjelp: the help card lists the commands in Norwegian", async () => {
    await playground.say(step(1));
    const card = await playground.card("Møtebot – kommandoer");
    const text = await card.innerText();
    for (const command of ["hjelp (help)", "neste (next)", "rundebord (roundtable)", "referat (minutes)"])
      assert.ok(text.includes(command), command);
    assert.match(text, /møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›/, "placeholders survive the renderer");
    await playground.screenshot(card, "help");
  });

  it("2. oppsett: Kari becomes secretary and the new group's card opens for editing; Lagre", async () => {
    await playground.say(step(2));
    await playground.message("Kari Nordmann er nå sekretær");
    const card = await playground.card("Fyll inn gruppens navn");
    await card.getByLabel("Navn på faggruppen").fill("Næringssamarbeid");
    await card.getByLabel(/^Ledertittel/).fill("leder Næringsgruppen");
    await card.getByLabel(/^Kommuner og regioner/).fill("Asker\nBærum\nLillestrøm");
    await card.getByRole("combobox", { name: "Møteleder" }).click();
    await playground.page.getByRole("option", { name: "Ola Hansen" }).click();
    await card.getByRole("button", { name: "Lagre", exact: true }).click();
    const saved = await playground.card("Faggruppe: Næringssamarbeid");
    await saved.getByText("Asker, Bærum, Lillestrøm").waitFor();
    assert.match(await saved.innerText(), /Møteleder\s+Ola Hansen[\s\S]*Sekretær\s+Kari Nordmann/);
    await playground.screenshot(saved, "setup");
  });

  it("3. møte ny: the meeting in this chat", async () => {
    await playground.say(step(3));
    await playground.message("er opprettet: 10. desember 2026, kl. 10:00-12:00");
  });

  it("4. agenda: Rediger dagsorden, the items one per line, Lagre dagsorden", async () => {
    await playground.say(step(4));
    const empty = await playground.card("Ingen saker ennå");
    await empty.getByRole("button", { name: "Rediger dagsorden" }).click();
    const editor = await playground.card("Én sak per linje");
    assert.doesNotMatch(await editor.innerText(), /Ingen saker ennå/, "the editor does not say there are no items");
    await editor.locator("textarea").fill(AGENDA.join("\n"));
    await editor.getByRole("button", { name: "Lagre dagsorden" }).click();
    const agenda = await playground.settledCard("(runde rundt bordet)");
    assert.equal(await agenda.locator("textarea").count(), 0, "the editor has closed");
    const text = await agenda.innerText();
    for (const item of AGENDA) assert.ok(text.includes(item), item);
    await playground.screenshot(agenda, "agenda");
  });

  it("5. start nå: the meeting card and the check-in card; Registrer oppmøte", async () => {
    await playground.say(step(5));
    await playground.card(/Sak 1 av 4/);
    const attendance = await playground.card("Ingen til stede ennå");
    await attendance.getByRole("button", { name: "Registrer oppmøte" }).click();
    await (await playground.card("Bare sekretariatet til stede ennå")).getByText("Kari Nordmann").waitFor();
  });

  it("6. rundebord: Send inn for min kommune, the status, Send inn", async () => {
    await playground.say(step(6));
    const roundTable = await playground.card("Send inn for min kommune");
    assert.match(await roundTable.innerText(), /0 av 3/);
    await roundTable.getByRole("button", { name: "Send inn for min kommune" }).click();
    const form = await playground.card("Status for Asker");
    await form.getByLabel(/^Status/).fill("Nytt gründerhus åpner i høst\n  - 1500 kvm i sentrum\nEtableringskurs holdt for 40 deltakere");
    await form.getByLabel(/^Navn i referatet/).fill("Per Johansen");
    await playground.screenshot(form, "roundtable-form");
    await form.getByRole("button", { name: "Send inn", exact: true }).click();
    const done = await playground.card(/1 av 3 har levert/);
    await playground.screenshot(done, "roundtable");
  });

  it("7. referat: participants see that a draft exists; Vis for møteleder og sekretær gives its Word file", async () => {
    await playground.say(step(7));
    const shared = await playground.card("Versjon 1 av utkastet er klar");
    assert.equal(await shared.getByText("Last ned som Word (.docx)").count(), 0, "no link in the participants' view");
    await shared.getByRole("button", { name: "Vis for møteleder og sekretær" }).click();
    const card = await playground.settledCard("Utkast til referat, versjon 1");
    assert.match(await card.innerText(), /Runde rundt bordet\s+1 av 3 kommuner[\s\S]*Mangler\s+Bærum, Lillestrøm/);
    assert.match(await card.innerText(), /Tid\s+10\. desember 2026, kl\. 10:00-12:00|Tid\s+\d{1,2}\. [a-z]+ \d{4}, kl\. \d\d:\d\d/);
    await playground.screenshot(card, "referat");

    const [download] = await Promise.all([
      playground.page.context().waitForEvent("request", (request) => request.url().includes("/download/")),
      card.getByText("Last ned som Word (.docx)").click(),
    ]);
    const response = await fetch(download.url());
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get("content-type")), /wordprocessingml/);
    assert.equal(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      "PK",
      "a .docx (zip) file",
    );
  });

  it("after the quick start, innkalling: the notice card shows the time, every Sak, Meld forfall and the Word download", async () => {
    await playground.say("innkalling");
    const notice = await playground.card("Innkalling til møte i");
    const text = await notice.innerText();
    assert.match(text, /10\. desember 2026, kl\. 10:00-12:00|\d{1,2}\. [a-z]+ \d{4}, kl\. \d\d:\d\d/);
    for (const item of AGENDA) assert.ok(text.includes(item), item);
    await notice.getByText("Last ned innkallingen (Word)").waitFor();
    await notice.getByRole("button", { name: "Meld forfall" }).waitFor();
    await playground.screenshot(notice, "notice");
  });

  it("the walk-through: Neste moves the shared card; a note appears on it", async () => {
    // The Playground shows no per-user views: after the shared card updates, the leader asks
    // for the controls again with "Vis for møteleder og sekretær", as the card offers.
    const controls = async (): Promise<Locator> => {
      const card = await playground.settledCard(/Sak \d av 4/);
      if (await card.getByRole("button", { name: "Neste" }).isVisible()) return card;
      await card.getByRole("button", { name: "Vis for møteleder og sekretær" }).click();
      return playground.settledCard(/Sak \d av 4/);
    };
    const first = await controls();
    assert.equal(await first.getByRole("button", { name: "Forrige" }).count(), 0, "no Forrige on Sak 1");
    await first.getByRole("button", { name: "Neste" }).click();
    await playground.card("Sak 2 av 4");
    const note = await controls();
    await note.locator("textarea").fill("Asker og Bærum har ledige arealer ved E18.");
    await note.getByRole("button", { name: "Legg til notat" }).click();
    await playground.settledCard("Asker og Bærum har ledige arealer ved E18.");
    // The picture is the leaders' view: Forrige, Neste, the note and decision fields.
    const withNote = await controls();
    assert.match(
      await withNote.innerText(),
      /✓ Sak 1[\s\S]*Sak 2: Næringsarealer i regionen[\s\S]*Asker og Bærum har ledige arealer ved E18\./,
    );
    await playground.screenshot(withNote, "meeting");
    await playground.screenshot(await playground.card("Bare sekretariatet til stede ennå"), "attendance");
  });

  it("the meeting side panel at the address npm run dev prints: the picker's person sees the walk-through", async () => {
    const page = await playground.newWindow();
    try {
      await page.goto(dev.panelUrl);
      const picker = page.locator(".dev-picker select");
      await picker.waitFor();
      assert.match(await picker.innerText(), /Kari Nordmann/);
      const current = page.locator("[data-section=agenda] li.current");
      await current.waitFor();
      assert.match(await current.innerText(), /2\. Næringsarealer i regionen/);
      assert.match(await current.innerText(), /Asker og Bærum har ledige arealer ved E18\./);
    } finally {
      await page.context().close();
    }
  });

  it("the round table's history: a second version; the chair restores the first", async () => {
    // The Playground shows one view per message: the shared card's update and the clicker's form
    // replace each other, so each step starts from the settled shared card.
    const openForm = async (): Promise<Locator> => {
      await (await playground.settledCard(/1 av 3 har levert/)).getByRole("button", { name: "Send inn for min kommune" }).click();
      return playground.settledCard("Status for Asker");
    };
    const second = await openForm();
    await second.getByLabel(/^Status/).fill("Nytt gründerhus åpner i høst");
    await second.getByRole("button", { name: "Send inn", exact: true }).click();
    const history = await openForm();
    assert.match(await history.innerText(), /Versjon 2 – Kari Nordmann[\s\S]*gjeldende[\s\S]*Versjon 1 – Kari Nordmann/);
    await playground.screenshot(history, "roundtable-history");
    await history.getByRole("button", { name: "Gjenopprett versjon 1" }).click();
    // The answer is the form again, the shared card's update the round table: whichever came last.
    const latest = await playground.settledCard(/Versjon 3 – |1 av 3 har levert/);
    const restored = /Versjon 3 – /.test(await latest.innerText()) ? latest : await openForm();
    assert.match(await restored.innerText(), /Versjon 3 – Kari Nordmann[^\n]*hentet tilbake fra versjon 1/);
    assert.match(await restored.getByLabel(/^Status/).inputValue(), /Etableringskurs holdt for 40 deltakere/);
  });
});
