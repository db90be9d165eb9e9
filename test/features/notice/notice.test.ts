import assert from "node:assert/strict";
import { meetingChat, people } from "../../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { pandocBlocks, pandocText } from "../../support/read-docx-parts";
import { readDocx } from "../../support/read-docx";
import { importTestGroup, linkedMeeting } from "../../support/test-group";

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
    assert.equal(await flow.ask(people.secretary, "innkalling"), "Innkallingen er lagt ut.");
    const [posted] = noticeMessages(flow);
    assert.ok(posted);
    const card = cardOf(posted.activity);
    assert.deepEqual(adaptiveCardErrors(card), []);
    const shown = JSON.stringify(card);
    for (const expected of [
      `Innkalling til møte i ${GROUP_NAME}`,
      // Escaped: "11." at the start of a value would be read as a numbered list item.
      "11\\\\. september 2030, kl. 10:00-12:30",
      `[Bli med i møtet](${JOIN_URL})`,
      "Sak 1 Godkjenning av innkalling og dagsorden",
      "Sak 2 Handlingsprogram 2026",
      "Sak 3 Runde rundt bordet – Entreprenørskap og scale-up",
      "Entreprenørskap og scale-up · Frist for innspill: onsdag 4. september kl. 12:00",
      "[Sakspapirer](https://www.osloregionen.no/kalender/)",
    ])
      assert.ok(shown.includes(expected), `${expected} in ${shown}`);

    const download = (card.actions as Array<{ type: string; url: string }>).find((a) => a.type === "Action.OpenUrl")?.url ?? "";
    const response = await fetch(download);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-disposition") ?? "", /innkalling-2030-09-11\.docx/);
    const file = new Uint8Array(await response.arrayBuffer());
    const text = (await readDocx(file)).paragraphs.map((p) => p.text);
    assert.equal(text[0], "Innkalling");
    assert.ok(text.includes(`Innkalling til møte i ${GROUP_NAME}`));
    assert.ok(text.includes("Tid: 11. september 2030, kl. 10:00-12:30"), text.join("\n"));
    for (const item of [
      "Sak 1 Godkjenning av innkalling og dagsorden",
      "Sak 2 Handlingsprogram 2026",
      "Sak 3 Runde rundt bordet – Entreprenørskap og scale-up",
    ])
      assert.ok(text.includes(item), item);
    const blocks = await pandocBlocks(file);
    const headings = blocks.filter((b) => b.t === "Header").map((b) => pandocText((b.c as unknown[])[2]));
    assert.deepEqual(headings, ["Saker", "Runde rundt bordet"]);

    await saveAgenda(flow, `${AGENDA_TEXT}\nSak 4 Eventuelt`);
    assert.equal(await flow.ask(people.chair, "innkalling"), "Innkallingen er oppdatert.");
    const notices = noticeMessages(flow);
    assert.equal(notices.filter((a) => a.operation !== "update").length, 1, "one notice card");
    const update = notices.at(-1);
    assert.equal(update?.operation, "update");
    assert.equal(update?.activityId, posted.activityId);
    assert.match(JSON.stringify(update?.activity), /Sak 4 Eventuelt/);
    const again = await fetch(download);
    assert.ok((await readDocx(new Uint8Array(await again.arrayBuffer()))).paragraphs.some((p) => p.text === "Sak 4 Eventuelt"));
  });

  it("a chat not linked to a group is told to run oppsett; nothing is posted", async () => {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(62));
    assert.match(await flow.ask(people.chair, "innkalling"), /«oppsett»/);
    assert.deepEqual(noticeMessages(flow), []);
  });
});
