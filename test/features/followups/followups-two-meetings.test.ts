/**
 * Follow-ups outlive their meeting: two meetings of one group, in two meeting chats, one after
 * the other, over HTTP with clicks on the cards the bot sent. Meeting 1 records three; meeting 2
 * carries them ("Legg til faste saker" adds the item), the chair marks one done and one dropped
 * and adds one; each referat shows where they stand.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { renderDocx } from "../../../scripts/render-docx";
import { meetingChat, people, type Person } from "../../../scripts/replay/activities";
import { actionsOf, inputsOf } from "../../../scripts/replay/cards";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { eventually } from "../../support/eventually";
import { docxParts, elements, W } from "../../support/read-docx-parts";
import { readMarkdown } from "../../support/read-markdown";
import { askReferat } from "../../../scripts/replay/replay-scenario";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { importTestGroup, TEST_GROUP_ID } from "../../support/test-group";
import type { FollowUp } from "../../../src/features/followups";

const { chair, secretary, member } = people;

/** Meeting 1's round table: what the next meeting's forms show as last time's. */
const LAST_TIME: Record<string, string> = {
  Kongsvinger: "• Har gjennomført etableringskurs med stor suksess.\n  - Fokus på innvandrere",
  "Oslo kommune": "• Fokus på skalering og tilgang til kompetanse.",
  Hamarregionen: "• PARK – satsing på teknologi, VR og spill.\n• Jobber med nasjonal klynge (Vrinn).",
};

/** A meeting chat linked to the test group, started by Teams at `start`. */
async function linkedAt(running: RunningBot, n: number, title: string, start: string): Promise<MeetingFlow> {
  const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(n));
  assert.equal((await flow.meetingStarts(secretary, title, start)).status, 200);
  await flow.say(secretary, "oppsett");
  await running.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("setup.link"));
  MeetingFlow.cardOf(await flow.click(secretary, "Koble til", { on: "setup.link", inputs: { groupId: TEST_GROUP_ID } }));
  return flow;
}

/** The agenda through the editor: typed items, optionally "Legg til faste saker" first; returns the saved text. */
async function writeAgenda(flow: MeetingFlow, typed: string, standing: boolean): Promise<string> {
  await flow.say(chair, "agenda");
  let editor = MeetingFlow.cardOf(await flow.click(chair, "Rediger dagsorden", { on: "agenda.edit" }));
  if (standing)
    editor = MeetingFlow.cardOf(await flow.click(chair, "Legg til faste saker", { card: editor, inputs: { agendaText: typed } }));
  const text = standing ? String(inputsOf(editor).find((i) => i.id === "agendaText")?.value) : typed;
  MeetingFlow.cardOf(await flow.click(chair, "Lagre dagsorden", { card: editor, inputs: { agendaText: text } }));
  return text;
}

const leaderView = (flow: MeetingFlow, who: Person) =>
  flow.click(who, "Vis for møteleder og sekretær", { on: "meeting.refresh" }).then(MeetingFlow.cardOf);

describe("follow-ups carried from one meeting to the next", function () {
  this.timeout(120_000);
  let running: RunningBot;
  let first: MeetingFlow;
  let second: MeetingFlow;
  let referat1: Awaited<ReturnType<typeof askReferat>>;
  const followUps = async (): Promise<FollowUp[]> => {
    const { resources } = await running.storage
      .container("groups")
      .items.query<FollowUp>({ query: "SELECT * FROM c WHERE c.docType = 'followUp'" }, { partitionKey: TEST_GROUP_ID })
      .fetchAll();
    return resources.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  };

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    first = await linkedAt(running, 981, "Faggruppemøte september", "2025-09-11T08:00:00Z");
    await writeAgenda(first, "Sak 1 Arbeidsgrupper\nSak 2 Handlingsprogram 2026", false);
    await first.say(chair, "start nå");
    await first.ask(secretary, "rundebord Status");
    for (const [municipality, entryText] of Object.entries(LAST_TIME)) {
      const saved = await first.invoke(chair, "roundtable.submit", {
        meetingId: first.chat.meetingId,
        municipality,
        formMunicipality: municipality,
        entryText,
      });
      assert.equal(saved.status, 200, saved.text);
    }
  });
  after(() => running?.stop());

  it("meeting 1: three follow-ups (card and command) stand under their Sak and in «Oppfølgingspunkter»", async () => {
    const card = await leaderView(first, chair);
    const added = await first.click(chair, "meeting.followUp", {
      card,
      activityId: first.messageWith("meeting.refresh"),
      inputs: { followUpText: "Sende ut Doodle for å samle interesserte", followUpResponsible: chair.name, followUpDeadline: "2025-10-01" },
    });
    assert.equal(added.status, 200, added.text);
    assert.match(added.text, /Oppfølgingspunkt lagt til sak 1: Sende ut Doodle/);
    await first.ask(chair, "neste");
    assert.equal(
      await first.ask(secretary, "oppfølging Dele lenke til e-kurset med bedriftene; Kongsvinger"),
      "Oppfølgingspunkt lagt til sak 2: Dele lenke til e-kurset med bedriftene",
    );
    await first.ask(secretary, "oppfølging Sende påminnelse om innspill; Sekretariatet; 1. desember 2025");
    assert.equal((await followUps()).length, 3);

    referat1 = await askReferat(first, secretary);
    const markdown = referat1.markdown ?? "";
    assert.ok(
      markdown.includes(
        "**Sak 1: Arbeidsgrupper**\n\n\u00a0\n\n**Oppfølging:** Sende ut Doodle for å samle interesserte – " +
          `ansvarlig: ${chair.name}, frist: 1. oktober 2025`,
      ),
      markdown,
    );
    assert.ok(markdown.includes("\n\n**Oppfølging:** Dele lenke til e-kurset med bedriftene – ansvarlig: Kongsvinger\n"));
    assert.ok(markdown.includes("\n\n**Oppfølging:** Sende påminnelse om innspill – ansvarlig: Sekretariatet, frist: 1. desember 2025"));
    assert.ok(
      readMarkdown(markdown)
        .filter((b) => b.text.startsWith("Oppfølging:"))
        .every((b) => b.kind === "paragraph"),
      "each «Oppfølging:» is a paragraph of its own, not an item of the list above it",
    );
    const blocks = readMarkdown(markdown);
    const section = blocks.findIndex((b) => b.bold && b.text === "Oppfølgingspunkter");
    assert.equal(blocks.slice(section + 1).filter((b) => b.kind === "item").length, 3);

    const parts = await docxParts(new Uint8Array(await (await fetch(referat1.docxUrl)).arrayBuffer()));
    const document = parts.get("word/document.xml");
    assert.ok(document);
    const rows = elements(document, W, "tr").map((row) =>
      elements(row, W, "tc").map((cell) =>
        elements(cell, W, "t")
          .map((t) => t.textContent)
          .join(""),
      ),
    );
    assert.deepEqual(rows[0], ["Sak", "Oppfølging", "Ansvarlig", "Frist"]);
    assert.match(rows[1]?.[0] ?? "", /^Sak 1: Arbeidsgrupper$/, "this meeting's own Sak, without its date");
    assert.deepEqual(
      rows.slice(1).map((r) => r.slice(1)),
      [
        ["Sende ut Doodle for å samle interesserte", chair.name, "1. oktober 2025"],
        ["Dele lenke til e-kurset med bedriftene", "Kongsvinger", ""],
        ["Sende påminnelse om innspill", "Sekretariatet", "1. desember 2025"],
      ],
    );
    // Laid out by LibreOffice: each date on one line of its cell.
    const folder = mkdtempSync(join(tmpdir(), "motebot-followups-"));
    try {
      const file = join(folder, "referat.docx");
      writeFileSync(file, new Uint8Array(await (await fetch(referat1.docxUrl)).arrayBuffer()));
      const { pdf } = await renderDocx(file, folder, 1);
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdf, "-"]);
      for (const date of ["1. oktober 2025", "1. desember 2025"])
        assert.match(stdout, new RegExp(date.replace(".", "\\.")), `«${date}» unbroken`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await first.ask(chair, "referat godkjenn");
    await first.ask(chair, "avslutt");
  });

  it("meeting 2: the standing items add «Oppfølging fra forrige møte»; its card shows the three with their buttons", async () => {
    second = await linkedAt(running, 982, "Faggruppemøte november", "2025-11-20T08:00:00Z");
    const agenda = await writeAgenda(second, "Sak 1 Budsjett 2026", true);
    assert.deepEqual(agenda.split("\n").slice(0, 4), [
      "Sak 1: Godkjenning av innkalling og dagsorden",
      "Sak 2: Godkjenning av referat fra tidligere møter",
      "Sak 3: Oppfølging fra forrige møte",
      "Sak 4: Budsjett 2026",
    ]);
    await second.say(chair, "start nå");
    await second.ask(chair, "sak 3");
    const card = await leaderView(second, chair);
    const json = JSON.stringify(card);
    for (const f of await followUps()) assert.ok(json.includes(f.text), f.text);
    const buttons = actionsOf(card).filter((a) => a.verb === "followup.status");
    assert.equal(buttons.length, 6, "Ferdig and Utgår on each");
    await eventually(() => {
      const shared = JSON.stringify(
        second.standIn.messages(second.chat.conversationId).find((m) => m.activityId === second.messageWith("meeting.refresh"))?.activity,
      );
      assert.ok(shared.includes("Sende ut Doodle") && !shared.includes("followup.status"), "everyone sees them, without the buttons");
    });
  });

  it("the chair marks one done and one dropped and adds one; referat 2 and «oppfølging» show where each stands", async () => {
    const [doodle, link, reminder] = await followUps();
    assert.ok(doodle && link && reminder);
    const card = await leaderView(second, chair);
    const press = (id: string, status: string) => {
      const action = actionsOf(card).find(
        (a) =>
          a.verb === "followup.status" &&
          (a.data as Record<string, unknown>).followUpId === id &&
          (a.data as Record<string, unknown>).status === status,
      );
      assert.ok(action, `${status} for ${id}`);
      return second.invoke(chair, "followup.status", action.data as Record<string, unknown>);
    };
    const done = MeetingFlow.cardOf(await press(doodle.id, "done"));
    assert.match(JSON.stringify(done), /Sende ut Doodle[^"]*".*?\*\*ferdig\*\*/);
    MeetingFlow.cardOf(await press(link.id, "dropped"));
    await second.ask(chair, "oppfølging Sette opp budsjettmøte; Oslo kommune; 15.01.2026");

    const stored = new Map((await followUps()).map((f) => [f.id, f]));
    assert.equal(stored.get(doodle.id)?.status, "done");
    assert.equal(stored.get(doodle.id)?.history[0]?.meetingId, second.chat.meetingId);
    assert.equal(stored.get(link.id)?.status, "dropped");

    const { markdown = "" } = await askReferat(second, secretary);
    assert.ok(
      markdown.includes(
        `- Sende ut Doodle for å samle interesserte – ansvarlig: ${chair.name}, frist: 1. oktober 2025 ` +
          "(Sak 1: Arbeidsgrupper, 11. september 2025): **ferdig**",
      ),
      markdown,
    );
    assert.ok(
      markdown.includes(
        "- Dele lenke til e-kurset med bedriftene – ansvarlig: Kongsvinger (Sak 2: Handlingsprogram 2026, 11. september 2025): **utgår**",
      ),
    );
    assert.ok(
      markdown.includes(
        "- Sende påminnelse om innspill – ansvarlig: Sekretariatet, frist: 1. desember 2025 " +
          "(Sak 2: Handlingsprogram 2026, 11. september 2025): **videreføres**",
      ),
    );
    const atEnd = markdown.slice(markdown.indexOf("**Oppfølgingspunkter**"));
    assert.deepEqual(
      readMarkdown(atEnd)
        .filter((b) => b.kind === "item")
        .map((b) => b.text),
      [
        "Sende påminnelse om innspill – ansvarlig: Sekretariatet, frist: 1. desember 2025 " +
          "(Sak 2: Handlingsprogram 2026, 11. september 2025)",
        "Sette opp budsjettmøte – ansvarlig: Oslo kommune, frist: 15. januar 2026 (Sak 3: Oppfølging fra forrige møte, 20. november 2025)",
      ],
    );

    await second.say(member, "oppfølging");
    const listed = second.standIn.messages(second.chat.conversationId).at(-1)?.activity;
    const listedJson = JSON.stringify(listed);
    assert.ok(listedJson.includes("2 åpne oppfølgingspunkter"), listedJson);
    assert.ok(listedJson.includes("Sende påminnelse om innspill") && listedJson.includes("Sette opp budsjettmøte"));
    assert.ok(!listedJson.includes("Sende ut Doodle") && !listedJson.includes("followup.status"), "a participant's view has no buttons");
  });

  it("the archive lists both meetings; a participant gets the approved referat, not the draft; the chair gets both", async () => {
    await second.say(member, "referat arkiv");
    const archive = second.standIn.messages(second.chat.conversationId).at(-1)?.activity ?? {};
    // The dates start a TextBlock: "20\\. november" there, so that Markdown makes no list of it.
    const json = JSON.stringify(archive).replace(/\\\\\./g, ".");
    assert.match(json, /20\. november 2025 – Faggruppemøte november[\s\S]*?Pågår · versjon 1, utkast/);
    assert.match(json, /11\. september 2025 – Faggruppemøte september[\s\S]*?Avsluttet · versjon 1, godkjent/);
    assert.ok(json.indexOf("20. november") < json.indexOf("11. september"), "newest first");
    const download = (who: Person, entryMeetingId: string) =>
      second.invoke(who, "archive.download", { meetingId: second.chat.meetingId, entryMeetingId, version: 1 });
    const byMember = MeetingFlow.cardOf(await download(member, first.chat.meetingId ?? ""));
    const url = actionsOf(byMember).find((a) => a.type === "Action.OpenUrl")?.url;
    assert.ok(typeof url === "string" && url.includes("/download/"), JSON.stringify(byMember));
    const file = await fetch(url);
    assert.equal(file.status, 200);
    assert.match(file.headers.get("content-disposition") ?? "", /referat-2025-09-11-v1\.docx/);
    const draft = await download(member, second.chat.meetingId ?? "");
    assert.equal(draft.status, 403);
    assert.match(draft.text, /Utkast kan bare møteleder og sekretær laste ned/);
    for (const entry of [first.chat.meetingId, second.chat.meetingId]) {
      const byChair = MeetingFlow.cardOf(await download(chair, entry ?? ""));
      assert.ok(actionsOf(byChair).some((a) => a.type === "Action.OpenUrl"));
    }
  });

  it("meeting 2's round-table form shows each municipality's entry from meeting 1; «Start fra forrige» fills the box with it", async () => {
    await second.ask(secretary, "rundebord Status");
    for (const [municipality, text] of Object.entries(LAST_TIME)) {
      const form = MeetingFlow.cardOf(await second.invoke(chair, "roundtable.form", { meetingId: second.chat.meetingId, municipality }));
      const json = JSON.stringify(form);
      assert.ok(json.includes("Sist, 11. september 2025:"), json);
      assert.equal(inputsOf(form).find((i) => i.id === "entryText")?.value, "", "the box starts empty");
      const filled = MeetingFlow.cardOf(
        await second.click(chair, "Start fra forrige", { card: form, activityId: second.messageWith("roundtable.form"), inputs: {} }),
      );
      assert.equal(inputsOf(filled).find((i) => i.id === "entryText")?.value, text, municipality);
      assert.equal(inputsOf(filled).find((i) => i.id === "municipality")?.value, municipality);
    }
  });
});
