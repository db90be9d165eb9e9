/**
 * The first hour of a new group, over HTTP as Teams sends it: from `oppsett` in a fresh data
 * folder to a draft referat, without a dead end. Each step is a finding of issue 30 that a
 * new user met; the browser test walks the README's quick start itself.
 */
import assert from "node:assert/strict";
import type { Meeting } from "../src/shared/meeting/meeting";
import { formatOsloDate } from "../src/shared/time/oslo-time";
import { groupChat, people } from "../scripts/replay/activities";
import { actionsOf } from "../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../scripts/replay/running-bot";
import { MeetingFlow } from "../scripts/replay/meeting-flow";
import { openDraft } from "../scripts/replay/replay-scenario";
import { adaptiveCardErrors } from "./support/adaptive-card-schema";

const AGENDA = ["Sak 1: Godkjenning av innkalling og dagsorden", "Sak 2: Runde rundt bordet – Status", "Sak 3: Eventuelt"].join("\n");
const LEADER_VIEW = "Vis for møteleder og sekretær";

describe("the first hour: oppsett to a draft referat, no dead end (a fresh data folder, a group chat)", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  const secretary = people.secretary;

  /** Everything the bot posted or updated in the chat since `from`, with the cards as JSON. */
  const since = (from: number) =>
    running.standIn
      .recorded(flow.chat.conversationId)
      .slice(from)
      .map((a) => ({
        operation: a.operation,
        text: typeof a.activity.text === "string" ? a.activity.text : "",
        json: JSON.stringify(a.activity),
      }));
  const count = () => running.standIn.recorded(flow.chat.conversationId).length;
  const say = async (text: string, who = secretary) => {
    const before = count();
    assert.equal((await flow.say(who, text)).status, 200, text);
    return since(before);
  };
  const meeting = async (): Promise<Meeting> => {
    const { resources } = await running.storage
      .container("meetings")
      .items.query<Meeting>({
        query: "SELECT * FROM c WHERE c.docType = 'meeting' AND c.conversationId = @c",
        parameters: [{ name: "@c", value: flow.chat.conversationId }],
      })
      .fetchAll();
    assert.equal(resources.length, 1);
    return resources[0] as Meeting;
  };
  const cardIn = (json: string): Record<string, unknown> =>
    (JSON.parse(json) as { attachments: Array<{ content: Record<string, unknown> }> }).attachments[0]?.content ?? {};

  before(async () => {
    running = await startRunningBot();
    flow = new MeetingFlow(() => running.bot.url, running.standIn, groupChat(3001));
    running.standIn.setMembers(flow.chat.conversationId, [
      { id: people.chair.id, name: people.chair.name, aadObjectId: people.chair.aadObjectId },
      { id: secretary.id, name: secretary.name, aadObjectId: secretary.aadObjectId },
    ]);
  });
  after(async () => running?.stop());

  it("oppsett opens the new group on the editor; rundebord before any municipality answers with it too", async () => {
    const answered = await say("oppsett");
    assert.match(answered[0]?.text ?? "", /er nå sekretær for «Ny faggruppe»/);
    const editor = cardIn(answered[1]?.json ?? "{}");
    assert.deepEqual(adaptiveCardErrors(editor), []);
    assert.match(JSON.stringify(editor), /Fyll inn gruppens navn, kommunene \(én per linje/);
    assert.ok(
      actionsOf(editor).some((a) => a.verb === "setup.save"),
      "«Lagre» is on the card: no «Rediger» to find first",
    );

    assert.match((await say("møte ny Faggruppemøte 10.12.2030 10:00-12:00"))[0]?.text ?? "", /er opprettet: 10\. desember 2030/);
    const refused = await say("rundebord");
    assert.equal(refused[0]?.text, "Faggruppen har ingen kommuner ennå. Fyll dem inn på kortet (én per linje) og trykk «Lagre».");
    assert.ok(
      actionsOf(cardIn(refused[1]?.json ?? "{}")).some((a) => a.verb === "setup.save"),
      "the card that fixes it",
    );

    const saved = MeetingFlow.cardOf(
      await flow.click(secretary, "Lagre", {
        card: editor,
        activityId: flow.messageWith("setup.save"),
        inputs: { name: "Næringssamarbeid", municipalities: "Asker\nBærum kommune\nLillestrøm", chair: people.chair.aadObjectId },
      }),
    );
    assert.match(JSON.stringify(saved), /Asker, Bærum kommune, Lillestrøm/);
  });

  it("start without an agenda answers with the agenda editor; saved, the editor shows the items, not «Ingen saker ennå»", async () => {
    const answered = await say("start");
    assert.equal(
      answered[0]?.text,
      "Møtet har ingen dagsorden ennå. Skriv inn sakene på kortet (én per linje), trykk «Lagre dagsorden» og skriv «start» igjen.",
    );
    const editorMessage = answered[1];
    const editor = cardIn(editorMessage?.json ?? "{}");
    assert.ok(JSON.stringify(editor).includes('"id":"agendaText"'), "the editor itself");
    assert.doesNotMatch(JSON.stringify(editor), /Ingen saker ennå/);
    assert.equal((await meeting()).status, "planned", "nothing started");

    const activityId = flow.messageWith("agenda.save");
    MeetingFlow.cardOf(await flow.click(secretary, "Lagre dagsorden", { card: editor, activityId, inputs: { agendaText: AGENDA } }));
    const reopened = JSON.stringify(MeetingFlow.cardOf(await flow.click(secretary, "Rediger dagsorden", { on: "agenda.edit" })));
    assert.match(reopened, /Sak 2: Runde rundt bordet – Status/);
    assert.doesNotMatch(reopened, /Ingen saker ennå/);
  });

  it("rundebord frist opens the agenda's round table and sets its deadline", async () => {
    const answered = await say("rundebord frist 9.12.2030 kl. 12:00");
    assert.match(answered.map((a) => a.text).join("\n"), /Fristen for runde rundt bordet er satt til mandag 9\. desember kl\. 12:00/);
    assert.ok(
      answered.some((a) => a.json.includes("roundtable.form")),
      "its card is posted",
    );
    const stored = await meeting();
    assert.equal(stored.roundTable?.topic, "Status");
    assert.ok(stored.roundTable?.deadline?.startsWith("2030-12-09"));
  });

  it("start on another day than planned asks first; the referat keeps the planned date until the chair confirms", async () => {
    const asked = await say("start");
    assert.match(asked[0]?.text ?? "", /Møtet er planlagt til 10\. desember 2030, kl\. 10:00-12:00\. Skriv «start nå»/);
    assert.equal((await meeting()).status, "planned", "without the confirmation nothing changes");
    assert.ok(!asked.some((a) => a.json.includes("meeting.next")), "no meeting card");

    await say("referat");
    assert.match(JSON.stringify((await openDraft(flow, secretary)).card), /10\\\\. desember 2030, kl\. 10:00-12:00/, "the planned Tid");

    await say("start nå");
    const started = await meeting();
    assert.equal(started.status, "running");
    const today = formatOsloDate(new Date(), "nb").replace(".", "\\\\\\\\.");
    await say("notat Dagsorden godkjent");
    await say("referat");
    const draft = await openDraft(flow, secretary);
    assert.match(JSON.stringify(draft.card), new RegExp(today), "confirmed: today's date");
    assert.match(draft.markdown ?? "", /\*\*Sak 3: Eventuelt\*\*\n\n\u00a0\n\nIngen merknader\.\n/, "an empty Sak says so");
  });

  it("the meeting card: no «Forrige» on Sak 1, no «Neste» on the last; one wording for the leaders' view on every card", async () => {
    const onFirst = MeetingFlow.cardOf(await flow.click(secretary, LEADER_VIEW, { on: "meeting.refresh" }));
    const titles = (card: Record<string, unknown>) => actionsOf(card).map((a) => a.title);
    assert.ok(!titles(onFirst).includes("Forrige") && titles(onFirst).includes("Neste"), titles(onFirst).join(", "));
    await say("sak 3");
    const onLast = MeetingFlow.cardOf(await flow.click(secretary, LEADER_VIEW, { on: "meeting.refresh" }));
    assert.ok(titles(onLast).includes("Forrige") && !titles(onLast).includes("Neste"), titles(onLast).join(", "));

    const shared = running.standIn.messages(flow.chat.conversationId).map((m) => JSON.stringify(m.activity));
    assert.ok(!shared.some((json) => /Vis kontroller|Vis knapper/.test(json)), "one wording");
    for (const verb of ["meeting.refresh", "referat.draft"]) {
      assert.ok(
        shared.some((json) => json.includes(`"title":"${LEADER_VIEW}","verb":"${verb}"`)),
        verb,
      );
    }
  });

  it("rundebord påminn is the automatic reminder (button, deadline) and tells the leaders how members become known", async () => {
    const answered = await say("rundebord påminn");
    const reminder = answered.find((a) => a.text.startsWith("Påminnelse"));
    assert.match(
      reminder?.text ?? "",
      /fristen for runde rundt bordet er mandag 9\. desember kl\. 12:00\. Vi venter fortsatt på statusen fra Asker/,
    );
    assert.match(reminder?.json ?? "", /"title":"Send inn for min kommune","verb":"roundtable.form"/);
    const hint = answered.find((a) => a.text.startsWith("Til møteleder og sekretær"));
    assert.match(hint?.text ?? "", /kjenner ingen fra Asker, Bærum kommune, Lillestrøm ennå/);
    assert.match(hint?.text ?? "", /«Registrer oppmøte»/);
  });

  it("referat arkiv: «Last ned» opens the file in one click, minted for the viewer's rights", async () => {
    const posted = await say("referat arkiv");
    const shared = cardIn(posted[0]?.json ?? "{}");
    assert.ok(!JSON.stringify(shared).includes("/download/"), "participants: a draft has no link");
    // The leaders' own view, as Teams fetches it for them (`refresh.userIds`).
    const leaders = MeetingFlow.cardOf(await flow.invoke(secretary, "archive.page", { meetingId: (await meeting()).meetingId, offset: 0 }));
    const download = actionsOf(leaders).find((a) => a.type === "Action.OpenUrl" && a.title === "Last ned");
    assert.ok(typeof download?.url === "string" && download.url.includes("/download/"), JSON.stringify(leaders));
    const file = await fetch(download.url);
    assert.equal(file.status, 200);
    assert.match(String(file.headers.get("content-type")), /wordprocessingml/);
  });

  it("start with an agenda but no municipalities answers with the group's editor; nothing starts", async () => {
    const other = new MeetingFlow(() => running.bot.url, running.standIn, groupChat(3002));
    const leader = people.other;
    assert.match(await other.ask(leader, "oppsett"), /er nå sekretær for «Ny faggruppe»/);
    assert.match(await other.ask(leader, "møte ny Styremøte 11.12.2030 09:00-10:00"), /er opprettet/);
    await other.say(leader, "agenda");
    const editor = MeetingFlow.cardOf(await other.click(leader, "Rediger dagsorden", { on: "agenda.edit" }));
    MeetingFlow.cardOf(await other.click(leader, "Lagre dagsorden", { card: editor, on: "agenda.edit", inputs: { agendaText: AGENDA } }));
    const before = running.standIn.recorded(other.chat.conversationId).length;
    assert.equal((await other.say(leader, "start nå")).status, 200);
    const answered = running.standIn.recorded(other.chat.conversationId).slice(before);
    assert.equal(answered[0]?.activity.text, "Faggruppen har ingen kommuner ennå. Fyll dem inn på kortet (én per linje) og trykk «Lagre».");
    assert.match(JSON.stringify(answered[1]?.activity), /"verb":"setup.save"/);
    assert.ok(!answered.some((a) => JSON.stringify(a.activity).includes("attendance.checkIn")), "no check-in card");
  });
});
