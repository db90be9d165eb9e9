import assert from "node:assert/strict";
import { meetingChat, people } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { readDocx } from "../../support/read-docx";
import { docxParts, elements, pandocBlocks, pandocText, W } from "../../support/read-docx-parts";
import { importTestGroup, linkedMeeting } from "../../support/test-group";
import { askReferat } from "../../../scripts/replay/replay-scenario";

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_notice%40thread.v2/0";
const GROUP_NAME = "Osloregionens faggruppe for Næringssamarbeid";

describe("the notice (innkalling): a card in the meeting chat and the same content as a Word file", function () {
  this.timeout(60_000);
  let running: RunningBot;

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(async () => running?.stop());

  const noticeMessages = (flow: MeetingFlow) =>
    running.standIn.recorded(flow.chat.conversationId).filter((a) => JSON.stringify(a.activity).includes("Innkalling til møte i"));
  const cardOf = (activity: Record<string, unknown>): Record<string, unknown> =>
    (activity.attachments as Array<{ content: Record<string, unknown> }>)[0]?.content ?? {};
  const saveAgenda = async (flow: MeetingFlow, agendaText: string) => {
    await flow.say(people.chair, "agenda");
    await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Rediger dagsorden"),
    );
    const editor = MeetingFlow.cardOf(await flow.click(people.chair, "Rediger dagsorden", { on: "agenda.edit" }));
    MeetingFlow.cardOf(await flow.click(people.chair, "Lagre dagsorden", { card: editor, inputs: { agendaText } }));
  };

  it("posted by the chair, validated, its Word file read back; posting again after an agenda change updates the same card", async () => {
    const chat = meetingChat(61);
    running.standIn.setMeeting(chat.meetingId ?? "", {
      details: {
        title: "Faggruppemøte Næringssamarbeid",
        scheduledStartTime: "2030-09-11T08:00:00Z",
        scheduledEndTime: "2030-09-11T10:30:00Z",
        joinUrl: JOIN_URL,
      },
      organizer: {},
    });
    const flow = await linkedMeeting(running, 61, { started: false });
    assert.equal(await flow.ask(people.member, "innkalling"), "Bare møteleder og sekretær kan gjøre dette.");
    assert.equal(await flow.ask(people.chair, "innkalling"), "Møtet har ingen dagsorden ennå. Skriv «agenda» og legg inn sakene først.");
    assert.deepEqual(noticeMessages(flow), []);

    await saveAgenda(flow, AGENDA_TEXT);
    assert.match(await flow.ask(people.chair, "rundebord"), /«Entreprenørskap og scale-up» er åpnet/);
    assert.match(await flow.ask(people.secretary, "rundebord frist 4. september 2030 kl. 12:00"), /satt til onsdag 4. september/);
    await flow.ask(people.secretary, "sakspapirer https://www.osloregionen.no/kalender/ Sakspapirer");
    await flow.ask(people.secretary, "arkivref 25/01234");
    assert.equal(await flow.ask(people.secretary, "innkalling"), "Innkallingen er lagt ut.");
    const [posted] = noticeMessages(flow);
    assert.ok(posted);
    const card = cardOf(posted.activity);
    assert.deepEqual(adaptiveCardErrors(card), []);
    const shown = JSON.stringify(card);
    for (const expected of [
      `Innkalling til møte i ${GROUP_NAME}`,
      "Faggruppemøte Næringssamarbeid",
      "onsdag 11. september 2030, kl. 10:00-12:30",
      `[Bli med i møtet](${JOIN_URL})`,
      "Sak 1: Godkjenning av innkalling og dagsorden",
      "Sak 2: Handlingsprogram 2026",
      "Sak 3: Runde rundt bordet – Entreprenørskap og scale-up",
      `Forfall meldes i Teams-chatten med «Meld forfall» eller til ${people.secretary.name}.`,
      '"title":"Meld forfall"',
      '"title":"Jeg kommer"',
      "Entreprenørskap og scale-up · Frist for innspill: onsdag 4. september kl. 12:00",
      "[Sakspapirer](https://www.osloregionen.no/kalender/)",
    ])
      assert.ok(shown.includes(expected), `${expected} in ${shown}`);

    const download = (card.actions as Array<{ type: string; url: string }>).find((a) => a.type === "Action.OpenUrl")?.url ?? "";
    const response = await fetch(download);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-disposition") ?? "", /innkalling-2030-09-11\.docx/);
    const file = new Uint8Array(await response.arrayBuffer());
    const { paragraphs } = await readDocx(file);
    const text = paragraphs.map((p) => p.text);
    assert.equal(text[0], "Innkalling");
    assert.ok(text.includes(`Innkalling til møte i ${GROUP_NAME}`));
    assert.ok(text.includes("Faggruppemøte Næringssamarbeid"), "the meeting's title");
    assert.ok(text.includes("Tid: onsdag 11. september 2030, kl. 10:00-12:30"), text.join("\n"));
    assert.ok(text.includes(`Forfall meldes i Teams-chatten med «Meld forfall» eller til ${people.secretary.name}.`));
    const items = ["Godkjenning av innkalling og dagsorden", "Handlingsprogram 2026", "Runde rundt bordet – Entreprenørskap og scale-up"];
    assert.deepEqual(
      paragraphs.filter((p) => p.bulletLevel === 0).map((p) => p.text),
      items,
      "the Saker as a numbered list",
    );
    const parts = await docxParts(file);
    const numbering = parts.get("word/numbering.xml");
    assert.ok(numbering && elements(numbering, W, "lvlText").some((l) => l.getAttributeNS(W, "val") === "Sak %1:"), "numbered «Sak 1:»");
    const footer = [...parts.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1];
    const footerText = elements(footer ?? parts.get("word/document.xml")!, W, "t")
      .map((t) => t.textContent)
      .join("");
    assert.match(footerText, new RegExp(`Sekretær: ${people.secretary.name} · 11\\. september 2030 · Vår ref: 25/01234`));
    assert.match(footerText, /Side .*av/);
    const fields = elements(footer ?? parts.get("word/document.xml")!, W, "instrText").map(
      (t) => (t.textContent ?? "").trim().split(/\s+/)[0],
    );
    assert.deepEqual(fields, ["PAGE", "NUMPAGES"], "«Side X av Y» as fields");
    assert.equal(parts.get("docProps/core.xml")?.getElementsByTagName("dc:creator").item(0)?.textContent, people.secretary.name);
    const blocks = await pandocBlocks(file);
    const headings = blocks.filter((b) => b.t === "Header").map((b) => pandocText((b.c as unknown[])[2]));
    assert.deepEqual(headings, ["Saker", "Runde rundt bordet"]);
    assert.equal(blocks.filter((b) => b.t === "OrderedList").length, 1, "pandoc reads the Saker as one numbered list");

    await saveAgenda(flow, `${AGENDA_TEXT}\nSak 4 Eventuelt`);
    assert.equal(await flow.ask(people.chair, "innkalling"), "Innkallingen er oppdatert.");
    const notices = noticeMessages(flow);
    assert.equal(notices.filter((a) => a.operation !== "update").length, 1, "one notice card");
    const update = notices.at(-1);
    assert.equal(update?.operation, "update");
    assert.equal(update?.activityId, posted.activityId);
    assert.match(JSON.stringify(update?.activity), /Sak 4: Eventuelt/);
    const again = await fetch(download);
    assert.ok((await readDocx(new Uint8Array(await again.arrayBuffer()))).paragraphs.some((p) => p.text === "Eventuelt"));
  });

  it("«Meld forfall», «Jeg kommer» on the notice: as `forfall` records it, withdrawn before the start, counted for leaders", async () => {
    const flow = await linkedMeeting(running, 63, { started: false });
    await saveAgenda(flow, AGENDA_TEXT);
    assert.equal(await flow.ask(people.secretary, "innkalling"), "Innkallingen er lagt ut.");
    const meetingId = flow.chat.meetingId;
    const answer = (response: { body: unknown }) => JSON.stringify((response.body as { value?: unknown }).value);
    const attendee = async (aad: string) => {
      const { resources } = await running.storage
        .container("meetings")
        .items.query<Record<string, unknown>>({
          query: "SELECT * FROM c WHERE c.docType = 'attendee' AND c.aadObjectId = @aad",
          parameters: [{ name: "@aad", value: aad }],
        })
        .fetchAll();
      return resources[0];
    };

    const reported = await flow.invoke(people.member, "notice.absent", { meetingId, reason: "sykdom" });
    assert.equal(reported.status, 200);
    assert.match(answer(reported), /Du har meldt forfall \(sykdom\)/);
    const stored = await attendee(people.member.aadObjectId ?? "");
    assert.deepEqual((stored?.absent as { reason?: string; by?: string }) ?? {}, {
      ...(stored?.absent as object),
      reason: "sykdom",
      by: people.member.name,
    });
    const again = await flow.invoke(people.member, "notice.absent", { meetingId, reason: "sykdom" }, "retry-1");
    assert.equal(again.status, 200);
    assert.equal((await attendee(people.member.aadObjectId ?? ""))?._etag, stored?._etag, "a second click changes nothing");
    assert.equal((await flow.invoke(people.other, "notice.absent", { meetingId })).status, 200);
    const hostile = await flow.invoke(people.other, "notice.absent", {
      meetingId,
      reason: "[Klikk](https://evil.example/phish) **VIKTIG**",
    });
    assert.doesNotMatch(answer(hostile), /[^\\]\[Klikk\]\(https/, "the reason shown literally: no link");
    assert.match(answer(hostile), /\\\\\[Klikk\\\\\]/);
    await flow.invoke(people.other, "notice.absent", { meetingId });
    assert.equal(
      (await flow.invoke(people.member, "notice.absent", { meetingId, reason: "x".repeat(501) })).body &&
        answer(await flow.invoke(people.member, "notice.absent", { meetingId, reason: "x".repeat(501) })),
      JSON.stringify("Grunnen kan ha høyst 500 tegn."),
    );

    const leaders = await flow.invoke(people.chair, "notice.refresh", { meetingId });
    assert.match(answer(leaders), new RegExp(`Forfall meldt: 2 \\(${people.member.name}, ${people.other.name}\\)`));
    assert.equal((await flow.invoke(people.member, "notice.refresh", { meetingId })).status, 403, "the count is for the leaders");
    const posted = noticeMessages(flow).at(-1);
    assert.doesNotMatch(JSON.stringify(posted?.activity), /Forfall meldt|sykdom/, "participants see no one else's forfall");
    assert.match(JSON.stringify(posted?.activity), /"userIds"/, "the leaders' clients fetch their own view");

    const withdrawn = await flow.invoke(people.member, "notice.coming", { meetingId });
    assert.match(answer(withdrawn), /Forfallet ditt er trukket/);
    assert.equal((await attendee(people.member.aadObjectId ?? ""))?.absent, undefined);
    assert.match(answer(await flow.invoke(people.chair, "notice.refresh", { meetingId })), /Forfall meldt: 1 \(/);

    await flow.say(people.chair, "start nå");
    const late = await flow.invoke(people.other, "notice.coming", { meetingId });
    assert.match(answer(late), /Møtet har startet/);
    const { markdown = "" } = await askReferat(flow, people.secretary);
    const forfall = new RegExp(`\\*\\*Forfall:\\*\\* ${people.other.name}`);
    assert.match(markdown, forfall, "the referat's Forfall line, as `forfall` records it");
    assert.doesNotMatch(markdown, new RegExp(`Forfall:\\*\\*.*${people.member.name}`));
  });

  it("a chat not linked to a group is told to run oppsett; nothing is posted", async () => {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(62));
    assert.match(await flow.ask(people.chair, "innkalling"), /«oppsett»/);
    assert.deepEqual(noticeMessages(flow), []);
  });
});
