import assert from "node:assert/strict";
import { meetingChat } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { readDocx } from "../../support/read-docx";
import { readMarkdown, htmlBlocksIn } from "../../support/read-markdown";
import { readReference, wordsOf } from "../../support/reference-referat";
import { askReferat, replayScenario, type ReferatAnswer, type Replayed } from "../../../scripts/replay/replay-scenario";
import { loadScenario } from "../../../scripts/replay/scenario";

const scenario = loadScenario("naeringssamarbeid-2025-09-11");
const reference = readReference(scenario.group.municipalities);

describe("the draft referat of the 11 September 2025 meeting, replayed over HTTP", function () {
  this.timeout(120_000);
  let running: RunningBot;
  let replayed: Replayed;
  let answer: ReferatAnswer;

  before(async () => {
    running = await startRunningBot();
    replayed = await replayScenario(
      { botUrl: () => running.bot.url, standIn: running.standIn, storageEnv: running.storage.env },
      scenario,
      meetingChat(601),
    );
    answer = await askReferat(replayed.flow, replayed.secretary);
  });
  after(() => running?.stop());

  it("has the reference's content, word for word, and nothing else", () => {
    assert.ok(answer.markdown, "the referat came as a message");
    const blocks = readMarkdown(answer.markdown);
    const timeBlock = blocks.find((b) => b.text.startsWith("Tid:"));
    assert.equal(timeBlock?.text, "Tid: 11. september 2025, kl. 10:00-12:30");
    const ours = blocks.filter((b) => b !== timeBlock).map((b) => b.text);
    assert.equal(wordsOf(ours), wordsOf(reference.lines));
  });

  it("a heading never runs into the next line; a line after a bullet with no marker and no indent stays a paragraph (Sak 6)", () => {
    const lines = (answer.markdown ?? "").split("\n");
    const runOn = lines.filter((line, i) => /^\*\*[^*].*\*\*$/.test(line) && i + 1 < lines.length && lines[i + 1] !== "");
    assert.deepEqual(runOn, [], "a blank line after every heading");
    const blocks = readMarkdown(answer.markdown ?? "");
    const after = blocks.find((b) => b.text === "Sender mer informasjon til medlemmene når det lanseres.");
    assert.equal(after?.kind, "paragraph", "its own paragraph, not merged into the bullet before it");
    assert.ok(
      blocks.some((b) => b.kind === "item" && b.text.endsWith("Dette har vært laget i samarbeid med IOM og Rana Utvikling.")),
      "the bullet before it ends where the reference's does",
    );
  });

  it("lists the attendees in Norwegian order, then the chair and the secretary lines", () => {
    const blocks = readMarkdown(answer.markdown ?? "");
    const start = blocks.findIndex((b) => b.text === "Tilstede på møtet:");
    const present = blocks.slice(start + 1).filter((b, i, all) => b.kind === "item" && all.slice(0, i).every((x) => x.kind === "item"));
    assert.deepEqual(
      present.map((b) => b.text),
      reference.present,
    );
    assert.equal(present.length, 13);
    assert.ok(blocks.some((b) => b.text === "Møteleder: Eli Arnkværn Bryhni, leder Næringsgruppen"));
    assert.ok(blocks.some((b) => b.text === "Sekretariat: Mari Strømsvåg"));
  });

  it("has every Sak in order as a heading, with as many bullets and sub-bullets as the reference", () => {
    const blocks = readMarkdown(answer.markdown ?? "");
    const headings = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.bold && /^Sak \d+:/.test(b.text));
    assert.deepEqual(
      headings.map(({ b }) => b.text),
      reference.items.map((item) => `Sak ${item.number}: ${item.title}`),
    );
    headings.forEach(({ i }, n) => {
      const section = blocks.slice(i + 1, headings[n + 1]?.i ?? blocks.length);
      const expected = reference.items[n];
      assert.equal(section.filter((b) => b.kind === "item" && b.level === 0).length, expected?.bullets, `bullets under ${expected?.title}`);
      assert.equal(
        section.filter((b) => b.kind === "item" && b.level === 1).length,
        expected?.subBullets,
        `sub-bullets under ${expected?.title}`,
      );
    });
  });

  it("has every municipality of the round table, in the group's order, with its names", () => {
    const blocks = readMarkdown(answer.markdown ?? "");
    const municipalityHeadings = blocks.filter((b) => b.bold && scenario.group.municipalities.some((m) => b.text.startsWith(`${m} – `)));
    assert.deepEqual(
      municipalityHeadings.map((b) => b.text),
      reference.roundTableHeadings,
    );
    assert.ok(municipalityHeadings.some((b) => b.text === "Hamarregionen – Berte og Eli"));
    assert.equal(htmlBlocksIn(answer.markdown ?? ""), 0, "no headings, rules, code or HTML blocks");
  });

  it("the card beside it counts 13 present, 8 items, 10 of 10 municipalities, with the Word and Markdown links", () => {
    assert.deepEqual(adaptiveCardErrors(answer.card), []);
    const json = JSON.stringify(answer.card);
    for (const fact of [
      '"title":"Tilstede","value":"13"',
      '"title":"Saker","value":"8"',
      '"value":"10 av 10 kommuner"',
      "Utkast til referat, versjon 1",
    ]) {
      assert.ok(json.includes(fact), `${fact} in ${json}`);
    }
  });

  it("the Word file is a valid document with the same headings, bullets and words", async () => {
    const response = await fetch(answer.docxUrl);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert.match(response.headers.get("content-disposition") ?? "", /attachment; filename="referat-2025-09-11-v1\.docx"/);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const { paragraphs, parts } = await readDocx(new Uint8Array(await response.arrayBuffer()));
    assert.ok(parts.includes("word/styles.xml") && parts.includes("word/numbering.xml"), parts.join(", "));
    assert.deepEqual(
      paragraphs.filter((p) => p.style === "Title").map((p) => p.text),
      ["Referat fra Osloregionens faggruppe for Næringssamarbeid"],
    );
    assert.deepEqual(
      paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text),
      reference.items.map((item) => `Sak ${item.number}: ${item.title}`),
    );
    assert.deepEqual(
      paragraphs.filter((p) => p.style === "Heading2").map((p) => p.text),
      reference.roundTableHeadings,
    );
    const bullets = reference.items.reduce((sum, item) => sum + item.bullets, 0) + reference.present.length;
    assert.equal(paragraphs.filter((p) => p.bulletLevel === 0).length, bullets);
    assert.equal(
      paragraphs.filter((p) => p.bulletLevel === 1).length,
      reference.items.reduce((sum, item) => sum + item.subBullets, 0),
    );
    const words = wordsOf(paragraphs.filter((p) => !p.text.startsWith("Tid:")).map((p) => p.text));
    assert.equal(words, wordsOf(reference.lines));
  });

  it("the Markdown link gives the same text as the chat", async () => {
    const response = await fetch(answer.markdownUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/markdown/);
    assert.equal(await response.text(), answer.markdown);
  });
});
