/**
 * The second outside review's payloads, sent over HTTP as Teams would: a link smuggled into the
 * papers' link text, and a Teams display name that closes its own mention and opens another.
 * Wherever the bot shows them — cards, chat messages, the reminder's mention, the notice, the
 * referat in the chat and both Word files — they read as typed: the only link a reader can click
 * is the bot's own (https) URL, nothing is bold, and the only mentions are the bot's.
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import MarkdownIt from "markdown-it";
import { people, type Person } from "../../scripts/replay/activities";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { adaptiveCardsOf } from "../../scripts/replay/cards";
import { isRecord, recordsOf, stringOf } from "../../scripts/replay/payloads";
import type { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { askReferat } from "../../scripts/replay/replay-scenario";
import { importGroupData } from "../../scripts/replay/run-group-import";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { readDocx } from "../support/read-docx";
import { runningMeeting, TEST_GROUP_ID, TEST_MUNICIPALITIES } from "../support/test-group";

const DISPLAY_NAME = "Eve</at> [Klikk her](https://evil.example/phish) **VIKTIG** <at>Kari Nordmann";
const PAPERS_URL = "https://legit.example/papers";
const PAPERS_TEXT = "Klikk](https://evil.example/phish)";
const eve: Person = { id: mriFrom("smuggled-eve"), name: DISPLAY_NAME, aadObjectId: guidFrom("smuggled-eve") };

/** What a CommonMark reader makes of a Markdown text: the text shown, the links' targets, bold runs and HTML tags. */
function read(source: string): { text: string; hrefs: string[]; strong: number; html: string[] } {
  const out = { text: "", hrefs: [] as string[], strong: 0, html: [] as string[] };
  for (const block of new MarkdownIt("commonmark").parse(source, {})) {
    if (block.type === "html_block") out.html.push(block.content);
    for (const token of block.children ?? []) {
      if (token.type === "text" || token.type === "code_inline") out.text += token.content;
      if (token.type === "softbreak" || token.type === "hardbreak") out.text += " ";
      if (token.type === "link_open") out.hrefs.push(token.attrGet("href") ?? "");
      if (token.type === "strong_open") out.strong++;
      if (token.type === "html_inline") out.html.push(token.content);
    }
    if (block.type === "inline") out.text += " ";
  }
  return out;
}

/** Every Markdown text of a card: TextBlocks and facts. */
function markdownOf(card: unknown): string[] {
  if (Array.isArray(card)) return card.flatMap(markdownOf);
  if (!isRecord(card)) return [];
  const own = card.type === "TextBlock" && typeof card.text === "string" ? [card.text] : [];
  const facts = card.type === "FactSet" ? recordsOf(card.facts).flatMap((f) => [stringOf(f.title) ?? "", stringOf(f.value) ?? ""]) : [];
  return [...own, ...facts, ...Object.entries(card).flatMap(([key, value]) => (key === "data" ? [] : markdownOf(value)))];
}

async function wordFile(url: string): Promise<{ text: string; targets: string[] }> {
  const response = await fetch(url);
  assert.equal(response.status, 200);
  const file = new Uint8Array(await response.arrayBuffer());
  const rels = (await (await JSZip.loadAsync(file)).file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const targets = [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1] ?? "");
  return { text: (await readDocx(file)).paragraphs.map((p) => p.text).join("\n"), targets };
}

describe("smuggled markup: a link in the papers' link text, mention tags in a display name", function () {
  this.timeout(90_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  let reminder: Record<string, unknown>;
  let referat: { markdown: string; docxUrl: string };
  let noticeDocxUrl: string;

  before(async () => {
    running = await startRunningBot();
    await importGroupData(running.storage.env, {
      groupId: TEST_GROUP_ID,
      name: "Osloregionens faggruppe for Næringssamarbeid",
      leaderTitle: "leder Næringsgruppen",
      municipalities: TEST_MUNICIPALITIES,
      members: [
        { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair" },
        { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" },
        { name: eve.name, aadObjectId: eve.aadObjectId, municipality: "Oslo kommune" },
      ],
    });
    flow = await runningMeeting(running, 881);
    running.standIn.setMembers(flow.chat.conversationId, [{ id: eve.id, name: eve.name, aadObjectId: eve.aadObjectId }]);
    assert.equal((await flow.invoke(eve, "attendance.checkIn", { meetingId: flow.chat.meetingId })).status, 200);
    await flow.ask(people.secretary, `sakspapirer ${PAPERS_URL} ${PAPERS_TEXT}`);
    assert.equal(await flow.ask(people.chair, "innkalling"), "Innkallingen er lagt ut.");
    await flow.ask(people.chair, "sak 3");
    const before = running.standIn.recorded(flow.chat.conversationId).length;
    await flow.ask(people.chair, "rundebord påminn");
    const sent = running.standIn
      .recorded(flow.chat.conversationId)
      .slice(before)
      .find((a) => a.operation !== "update" && String(a.activity.text).startsWith("Påminnelse"));
    assert.ok(sent, "the reminder was sent");
    reminder = sent.activity;
    const answer = await askReferat(flow, people.secretary);
    assert.ok(answer.markdown);
    referat = { markdown: answer.markdown, docxUrl: answer.docxUrl };
    const notice = running.standIn
      .recorded(flow.chat.conversationId)
      .find((a) => JSON.stringify(a.activity).includes("Innkalling til møte i"));
    const actions = recordsOf(adaptiveCardsOf(notice?.activity ?? {})[0]?.actions);
    noticeDocxUrl = stringOf(actions.find((a) => a.type === "Action.OpenUrl")?.url) ?? "";
  });
  after(async () => running?.stop());

  it("the reminder mentions the name once, as Teams requires, and the name cannot close the mention or open another", () => {
    const entities = recordsOf(reminder.entities);
    assert.equal(entities.length, 1);
    const tag = stringOf(entities[0]?.text) ?? "";
    const text = String(reminder.text);
    assert.equal(text.split(tag).length, 2, "the entity's text stands in the message exactly once");
    assert.equal((text.match(/<at>/g) ?? []).length, 1, "no other mention tag");
    assert.equal((text.match(/<\/at>/g) ?? []).length, 1, "no other closing tag");
    const inside = read(tag.replace(/^<at>/, "").replace(/<\/at>$/, ""));
    assert.equal(inside.text.trim(), DISPLAY_NAME, "the mention shows the name as it is");
    const around = read(text.replace(tag, "@Eve"));
    assert.deepEqual([around.hrefs, around.strong, around.html], [[], 0, []], text);
    assert.deepEqual([inside.hrefs, inside.strong, inside.html], [[], 0, []], tag);
  });

  it("on every card the name and the papers read as typed; the only link is the papers' own URL", () => {
    const cards = running.standIn.recorded(flow.chat.conversationId).flatMap((a) => adaptiveCardsOf(a.activity));
    const shown = cards.flatMap(markdownOf).map(read);
    assert.ok(
      shown.some((s) => s.text.includes(DISPLAY_NAME)),
      "the check-in card shows the name",
    );
    assert.ok(
      shown.some((s) => s.text.includes(PAPERS_TEXT)),
      "the notice shows the papers' text",
    );
    const hrefs = shown.flatMap((s) => s.hrefs);
    assert.ok(hrefs.includes(`${PAPERS_URL}`), hrefs.join(" "));
    assert.deepEqual(
      hrefs.filter((href) => href.includes("evil")),
      [],
    );
    assert.equal(shown.filter((s) => s.html.length > 0).length, 0);
  });

  it("the referat in the chat: the name in Tilstede, the papers' link to its own URL, nothing bold that users typed", () => {
    const shown = read(referat.markdown);
    assert.ok(shown.text.includes(DISPLAY_NAME), shown.text);
    assert.ok(shown.text.includes(PAPERS_TEXT), shown.text);
    assert.deepEqual(
      shown.hrefs.filter((href) => href !== PAPERS_URL),
      [],
    );
    assert.deepEqual(shown.html, []);
  });

  it("both Word files hold the texts literally and link nowhere but the papers' URL", async () => {
    for (const url of [referat.docxUrl, noticeDocxUrl]) {
      const word = await wordFile(url);
      assert.ok(word.text.includes(PAPERS_TEXT), word.text);
      assert.deepEqual(
        word.targets.filter((target) => target.includes("evil")),
        [],
      );
    }
    assert.ok((await wordFile(referat.docxUrl)).text.includes(DISPLAY_NAME));
  });
});
