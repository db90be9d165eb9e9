/**
 * Names and texts full of Markdown, HTML, XML and Adaptive Card template syntax, entered over HTTP as
 * Teams would send them, come out literally: in every card the bot sends (each still valid Adaptive
 * Card 1.5), in the referat's Markdown in the chat and in its Word file — never as markup, never
 * evaluated as a template expression. (test/referat-escaping.test.ts covers the renderers alone.)
 */
import assert from "node:assert/strict";
import { meetingChat, people, type Person } from "../../scripts/replay/activities";
import { isRecord, recordsOf, stringOf } from "../../scripts/replay/payloads";
import { adaptiveCardsOf } from "../../scripts/replay/cards";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../support/adaptive-card-schema";
import { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { readDocx } from "../support/read-docx";
import { htmlBlocksIn, readMarkdown } from "../support/read-markdown";
import { askReferat } from "../../scripts/replay/replay-scenario";
import { importGroupData } from "../../scripts/replay/run-group-import";

const GROUP_ID = "escaping-group";
/** Each at most the limits allow; none starts with a list marker or a number (the agenda parser strips those). */
const HOSTILE = {
  group: "Faggruppe **fet** <b>x</b> ${$root.groupId} {{DATE(2025-01-01T00:00:00Z,SHORT)}} [lenke](https://evil.example)",
  leaderTitle: "leder _kursiv_ <i>x</i> ${title} \\*",
  municipality: "Kommune *A* <x/> ${$root.meetingId} |pipe| ~~s~~",
  person: "Eli <script>alert(1)</script> **Admin** ${$root}",
  guest: "Gjest ![bilde](https://evil.example/x.png) {{x}}",
  reason: "grunn `kode` <u>u</u> ${=1+1}",
  title: "Møte ${$root.title} **viktig** <h1>x</h1> [x](https://evil.example)",
  item: "Budsjett **fet** <b>x</b> ${$root.meetingId} `kode` {{x}} &amp; &lt;",
  topic: "Tema *x* ${y} <i>z</i> _w_",
  note: "Notat [lenke](https://evil.example) <img src=x onerror=alert(1)> ${$root.secret} **x** # ikke overskrift",
  decision: "Vedtak ${if(true,'a','b')} <w:p>xml</w:p> ]]> _y_ <![CDATA[z]]>",
  bullet: "Punkt **fet** <b>x</b> ${$root.entries} [l](https://evil.example) | a | b |",
};

const rep = (seed: string, name: string): Person => ({ id: mriFrom(seed), name, aadObjectId: guidFrom(seed) });
const hostilePerson = rep("escaping-person", HOSTILE.person);

/** What a reader sees of each element of a card: Markdown (TextBlock, Fact) as rendered, plain inputs and choices as they are. */
interface Shown {
  text: string;
  markup: number;
  markdown: boolean;
}

function shownIn(card: Record<string, unknown>): Shown[] {
  const shown: Shown[] = [];
  const markdown = (source: string): void => {
    const blocks = readMarkdown(source);
    shown.push({
      text: blocks.map((b) => b.text).join(" "),
      markup: blocks.reduce((n, b) => n + b.links + b.html, 0) + htmlBlocksIn(source),
      markdown: true,
    });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isRecord(node)) return;
    if (node.type === "TextBlock" && typeof node.text === "string") markdown(node.text);
    for (const fact of node.type === "FactSet" ? recordsOf(node.facts) : []) {
      markdown(stringOf(fact.title) ?? "");
      markdown(stringOf(fact.value) ?? "");
    }
    for (const key of ["value", "placeholder", "label"]) {
      if (String(node.type).startsWith("Input.") && typeof node[key] === "string")
        shown.push({ text: node[key] as string, markup: 0, markdown: false });
    }
    for (const choice of node.type === "Input.ChoiceSet" ? recordsOf(node.choices) : [])
      shown.push({ text: stringOf(choice.title) ?? "", markup: 0, markdown: false });
    for (const [key, value] of Object.entries(node)) if (key !== "data") walk(value);
  };
  walk(card);
  return shown;
}

describe("output escaping: hostile names and texts, end to end over HTTP", function () {
  this.timeout(90_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  const cards: Array<{ where: string; card: Record<string, unknown> }> = [];
  let referat: { markdown?: string; docx: Uint8Array };
  /** Replies that echo what users typed, and what they should read (chat messages are Markdown in Teams). */
  const replies: Array<{ said: string; expected: string }> = [];

  /** Keeps every card the clicker got back, beside those the chat shows. */
  async function clicked(person: Person, verb: string, data: Record<string, unknown>): Promise<void> {
    const response = await flow.invoke(person, verb, { meetingId: flow.chat.meetingId, ...data });
    assert.equal(response.status, 200, response.text);
    const body = response.body as { value?: unknown };
    if (isRecord(body.value)) cards.push({ where: `answer to ${verb}`, card: body.value });
  }

  before(async function () {
    this.timeout(90_000);
    running = await startRunningBot();
    const { chair, secretary } = people;
    await importGroupData(running.storage.env, {
      groupId: GROUP_ID,
      name: "Faggruppe",
      leaderTitle: "leder",
      municipalities: ["Kongsvinger"],
      members: [
        { name: chair.name, aadObjectId: chair.aadObjectId, role: "chair" },
        { name: secretary.name, aadObjectId: secretary.aadObjectId, role: "secretary" },
      ],
    });
    flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(971));
    assert.equal((await flow.meetingStarts(secretary, HOSTILE.title, "2025-09-11T08:00:00Z")).status, 200);
    await flow.say(secretary, "oppsett");
    await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("setup.link"),
    );
    MeetingFlow.cardOf(await flow.click(secretary, "Koble til", { on: "setup.link", inputs: { groupId: GROUP_ID } }));

    await clicked(secretary, "setup.edit", { groupId: GROUP_ID });
    await clicked(secretary, "setup.save", {
      groupId: GROUP_ID,
      name: HOSTILE.group,
      leaderTitle: HOSTILE.leaderTitle,
      municipalities: `Kongsvinger\n${HOSTILE.municipality}`,
    });
    await clicked(secretary, "setup.edit", { groupId: GROUP_ID });
    await clicked(secretary, "agenda.save", { agendaText: `Sak 1: ${HOSTILE.item}\nSak 2: Runde rundt bordet – ${HOSTILE.topic}` });
    await clicked(secretary, "agenda.edit", {});
    await flow.ask(secretary, "start nå");
    await flow.ask(secretary, "oppmøte");
    await clicked(hostilePerson, "attendance.checkIn", {});
    await clicked(hostilePerson, "attendance.municipality", { municipality: HOSTILE.municipality });
    replies.push({
      said: await flow.ask(secretary, `forfall ${HOSTILE.guest}, ${HOSTILE.reason}`),
      expected: `${HOSTILE.guest} har meldt forfall.`,
    });
    replies.push({
      said: await flow.ask(secretary, `oppmøte legg til ${HOSTILE.note}`),
      expected: `${HOSTILE.note} er lagt til som til stede.`,
    });
    replies.push({
      said: await flow.ask(secretary, `oppmøte fjern ${HOSTILE.note}`),
      expected: `${HOSTILE.note} er fjernet fra oppmøtet.`,
    });
    const word = "**[klikk](https://evil.example)**<b>";
    replies.push({
      said: await flow.ask(people.member, word),
      expected: `Jeg kjenner ikke kommandoen «${word}». Skriv «hjelp» for å se hva jeg kan.`,
    });
    await clicked(secretary, "attendance.manage", {});
    await flow.ask(chair, `notat ${HOSTILE.note}`);
    await flow.ask(chair, `vedtak ${HOSTILE.decision}`);
    await clicked(chair, "meeting.refresh", {});
    replies.push({ said: await flow.ask(chair, "neste"), expected: `Sak 2: Runde rundt bordet – ${HOSTILE.topic}` });
    replies.push({
      said: await flow.ask(chair, "rundebord påminn"),
      expected: `Påminnelse: vi venter fortsatt på statusen fra Kongsvinger, ${HOSTILE.municipality} (${HOSTILE.person}).`,
    });
    await clicked(hostilePerson, "roundtable.form", {});
    await clicked(hostilePerson, "roundtable.submit", { municipality: HOSTILE.municipality, entryText: `• ${HOSTILE.bullet}` });
    await clicked(hostilePerson, "roundtable.form", {});

    const answer = await askReferat(flow, secretary);
    cards.push({ where: "referat card", card: answer.card });
    const download = await fetch(answer.docxUrl);
    assert.equal(download.status, 200);
    referat = {
      ...(answer.markdown === undefined ? {} : { markdown: answer.markdown }),
      docx: new Uint8Array(await download.arrayBuffer()),
    };
    for (const sent of running.standIn.recorded(flow.chat.conversationId)) {
      for (const card of adaptiveCardsOf(sent.activity)) cards.push({ where: `${sent.operation} ${sent.activityId}`, card });
    }
  });
  after(async () => running?.stop());

  it("every card the bot sent or answered with is a valid Adaptive Card 1.5", () => {
    assert.ok(cards.length >= 15, `${cards.length} cards`);
    for (const { where, card } of cards) assert.deepEqual(adaptiveCardErrors(card), [], where);
  });

  it("each name and text appears literally on the cards, and no card text carries a link or HTML", () => {
    const shown = cards.flatMap(({ card }) => shownIn(card));
    for (const [what, value] of Object.entries(HOSTILE)) {
      // Bullets are shown in the form's text box alone; everything else in Markdown text too.
      const where = shown.filter((s) => s.markdown === (what !== "bullet"));
      assert.ok(
        where.some((s) => s.text.includes(value)),
        `${what} is not shown literally on any card: ${value}`,
      );
    }
    const marked = shown.filter((s) => s.markup > 0);
    assert.deepEqual(marked, [], "no link, HTML or block markup in what cards show");
  });

  it("template syntax in user text is never evaluated: the item's ${$root.meetingId} stays those characters", () => {
    const items = cards.flatMap(({ card }) => shownIn(card)).filter((s) => s.markdown && s.text.startsWith("Sak 1: Budsjett"));
    assert.ok(items.length > 0);
    for (const item of items) assert.equal(item.text, `Sak 1: ${HOSTILE.item}`);
  });

  it("the referat in the chat is Markdown in which each text is literal and nothing is markup", () => {
    assert.ok(referat.markdown, "the referat came as Markdown in the chat");
    const blocks = readMarkdown(referat.markdown);
    const texts = blocks.map((b) => b.text);
    for (const [what, value] of Object.entries(HOSTILE)) {
      if (what === "title") continue; // the referat names the group, not the meeting's title
      assert.ok(
        texts.some((t) => t.includes(value)),
        `${what} is not literal in the Markdown: ${value}\n${referat.markdown}`,
      );
    }
    assert.equal(htmlBlocksIn(referat.markdown), 0);
    assert.deepEqual(
      blocks.filter((b) => b.links + b.html > 0),
      [],
    );
    // The bot bolds one label or heading per paragraph ("**Forfall:** …"); the "**fet**" typed by users stays text (above).
    assert.deepEqual(
      blocks.filter((b) => b.strong > 1).map((b) => b.text),
      [],
    );
  });

  it("chat messages that repeat names and texts show them literally", () => {
    assert.equal(replies.length, 6);
    for (const { said, expected } of replies) {
      const blocks = readMarkdown(said);
      assert.deepEqual(
        blocks.map((b) => b.text),
        [expected],
        said,
      );
      assert.equal(blocks[0]?.links, 0);
      assert.equal(blocks[0]?.html, 0);
      assert.equal(blocks[0]?.strong, 0);
    }
  });

  it("the Word file is well-formed and holds each text literally", async () => {
    const { paragraphs } = await readDocx(referat.docx);
    const texts = paragraphs.map((p) => p.text);
    for (const [what, value] of Object.entries(HOSTILE)) {
      if (what === "title") continue;
      assert.ok(
        texts.some((t) => t.includes(value)),
        `${what} is not literal in the Word file: ${value}`,
      );
    }
  });
});
