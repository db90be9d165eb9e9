import assert from "node:assert/strict";
import { ConnectorStandIn } from "../../../scripts/replay/connector-standin";
import { groupChat, meetingChat, people } from "../../../scripts/replay/activities";
import { freePort, startBot, tempDataDir, type BotProcess } from "../../../scripts/replay/bot-process";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";

describe("a meeting on the embedded store survives SIGKILL", () => {
  let standIn: ConnectorStandIn;
  let bot: BotProcess | undefined;
  const dataDir = tempDataDir();
  const start = async () => (bot = await startBot({ DATA_DIR: dataDir, EMBEDDED_COSMOS_PORT: String(await freePort()) }));

  before(async () => {
    standIn = await ConnectorStandIn.start();
    // The restarted process does not know what the killed one sent: Teams' 429 tells it.
    standIn.sharedBetweenProcesses();
    await start();
  });
  after(async () => {
    await bot?.stop("SIGKILL");
    await standIn.close();
  });

  it("the organizer sets up, the meeting runs, the bot is killed; `neste` continues from the right item, notes intact", async () => {
    const chat = meetingChat(41);
    standIn.setMeeting(chat.meetingId ?? "", {
      details: {
        id: chat.meetingId,
        title: "Faggruppemøte",
        scheduledStartTime: "2025-09-11T08:00:00Z",
        scheduledEndTime: "2025-09-11T10:30:00Z",
        type: "Scheduled",
      },
      conversation: { isGroup: true, conversationType: "groupChat", id: chat.conversationId },
      organizer: { id: people.secretary.id, aadObjectId: people.secretary.aadObjectId, tenantId: chat.tenantId },
    });
    const flow = new MeetingFlow(() => bot!.url, standIn, chat);

    assert.equal(
      await flow.ask(people.member, "oppsett"),
      "Bare møtearrangøren, eller møteleder og sekretær i en faggruppe, kan sette opp Møtebot her.",
    );
    assert.equal(await flow.ask(people.secretary, "oppsett"), `${people.secretary.name} er nå sekretær for «Ny faggruppe».`);
    // The new group's card opens on the editor: the municipalities first, as the meeting needs them.
    MeetingFlow.cardOf(
      await flow.click(people.secretary, "Lagre", {
        on: "setup.save",
        inputs: { name: "Næringssamarbeid", municipalities: "Asker\nBærum" },
      }),
    );
    assert.match(await flow.ask(people.secretary, "agenda"), /Ingen saker ennå/);
    const editor = MeetingFlow.cardOf(await flow.click(people.secretary, "Rediger dagsorden"));
    MeetingFlow.cardOf(await flow.click(people.secretary, "Lagre dagsorden", { card: editor, inputs: { agendaText: AGENDA_TEXT } }));
    await flow.say(people.secretary, "start nå");
    assert.equal(await flow.ask(people.secretary, "notat Første notat"), "Notat lagt til sak 1.");
    assert.equal(await flow.ask(people.secretary, "neste"), "Sak 2: Handlingsprogram 2026");
    assert.equal(await flow.ask(people.secretary, "vedtak Fire temaer"), "Vedtak lagt til sak 2.");

    assert.equal(await bot!.stop("SIGKILL"), "SIGKILL");
    await start();

    assert.equal(await flow.ask(people.secretary, "neste"), "Sak 3: Runde rundt bordet – Entreprenørskap og scale-up");
    assert.equal(await flow.ask(people.secretary, "forrige"), "Sak 2: Handlingsprogram 2026");
    const view = MeetingFlow.cardOf(await flow.click(people.secretary, "Vis for møteleder og sekretær", { on: "meeting.refresh" }));
    const text = JSON.stringify(view);
    assert.match(text, /Sak 2 av 3/);
    assert.match(text, /Fire temaer/);
    assert.equal(await flow.ask(people.secretary, "sak 1"), "Sak 1: Godkjenning av innkalling og dagsorden");
    assert.match(
      JSON.stringify(MeetingFlow.cardOf(await flow.click(people.secretary, "Vis for møteleder og sekretær", { on: "meeting.refresh" }))),
      /Første notat/,
    );
  });

  it("outside a meeting: the first person to run `oppsett` becomes secretary, then `møte ny` plans a meeting", async () => {
    const chat = groupChat(42);
    const flow = new MeetingFlow(() => bot!.url, standIn, chat);
    assert.equal(
      await flow.ask(people.chair, "møte ny Faggruppemøte 11.09.2025 10:00-12:30"),
      "Møtet er ikke koblet til en faggruppe ennå. Skriv «oppsett» først.",
    );
    assert.equal(await flow.ask(people.chair, "oppsett"), `${people.chair.name} er nå sekretær for «Ny faggruppe».`);
    assert.equal(
      await flow.ask(people.member, "møte ny Faggruppemøte 11.09.2025 10:00-12:30"),
      "Bare møteleder og sekretær kan gjøre dette.",
    );
    assert.equal(
      await flow.ask(people.chair, "møte ny Faggruppemøte"),
      "Skriv slik: «møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›», f.eks. «møte ny Faggruppemøte 11.09.2025 10:00-12:30».",
    );
    assert.equal(
      await flow.ask(people.chair, "møte ny Faggruppemøte Næringssamarbeid 11. september 2025 10:00-12:30"),
      "Møtet «Faggruppemøte Næringssamarbeid» er opprettet: 11. september 2025, kl. 10:00-12:30.",
    );
    assert.match(await flow.ask(people.chair, "agenda"), /Dagsorden – Faggruppemøte Næringssamarbeid/);
  });
});
