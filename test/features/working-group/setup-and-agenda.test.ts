import assert from "node:assert/strict";
import type { Group } from "../../../src/features/working-group/group";
import type { Meeting } from "../../../src/shared/meeting/meeting";
import { meetingChat, people, type Person } from "../../../scripts/replay/activities";
import { guidFrom, mriFrom } from "../../../scripts/replay/chats";

const newPerson = (seed: string): Person => ({ id: mriFrom(seed), name: `Sekretær ${seed}`, aadObjectId: guidFrom(seed) });
import { lastCard } from "../../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors } from "../../support/adaptive-card-schema";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { runGroupImport } from "../../../scripts/replay/run-group-import";

describe("setup card and agenda editor, over HTTP (bot in TZ=America/Los_Angeles)", () => {
  let running: RunningBot;
  const read = async <T>(container: string, id: string, partition: string): Promise<T> => {
    const { resource } = await running.storage.container(container).item(id, partition).read();
    assert.ok(resource, `${container}/${id}`);
    return resource as unknown as T;
  };

  before(async () => {
    running = await startRunningBot({ TZ: "America/Los_Angeles" });
  });
  after(async () => running?.stop());

  /** Teams' meeting API answers 403 here: the bot still creates the meeting; the first `oppsett` caller becomes secretary. */
  async function setUp(n: number, secretary: Person): Promise<{ flow: MeetingFlow; groupId: string }> {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(n));
    running.standIn.failRest(/\/v1\/meetings\//, 403);
    assert.match(await flow.ask(secretary, "oppsett"), /er nå sekretær for «Ny faggruppe»/);
    const meeting = await read<Meeting>("meetings", "meeting", flow.chat.meetingId ?? "");
    assert.equal(meeting.title, "Møte", "a default title when Teams does not tell");
    return { flow, groupId: meeting.groupId ?? "" };
  }

  it("the secretary edits name, leader title, municipalities and names the chair; the chair then leads", async () => {
    const { flow, groupId } = await setUp(51, people.secretary);
    running.standIn.setMembers(flow.chat.conversationId, [
      { id: people.chair.id, name: people.chair.name, aadObjectId: people.chair.aadObjectId },
      { id: people.member.id, name: people.member.name, aadObjectId: people.member.aadObjectId },
    ]);
    assert.equal((await flow.invoke(people.member, "setup.edit", { groupId })).status, 403, "a participant gets no editor");
    assert.match(
      JSON.stringify(lastCard(running.standIn, flow.chat.conversationId).card),
      /"verb":"setup.save".*/,
      "a new group's oppsett opens the editor",
    );
    const editor = MeetingFlow.cardOf(await flow.invoke(people.secretary, "setup.edit", { groupId }));
    assert.deepEqual(adaptiveCardErrors(editor), []);
    assert.match(JSON.stringify(editor), new RegExp(people.chair.name), "people in the chat can be chosen");
    const saved = MeetingFlow.cardOf(
      await flow.click(people.secretary, "Lagre", {
        card: editor,
        inputs: {
          name: "Osloregionens faggruppe for Næringssamarbeid",
          leaderTitle: "leder Næringsgruppen",
          municipalities: "Kongsvinger\n Oslo kommune \n\nHamarregionen\nKongsvinger",
          chair: people.chair.aadObjectId,
          secretary: people.secretary.aadObjectId,
        },
      }),
    );
    assert.match(JSON.stringify(saved), /Kongsvinger, Oslo kommune, Hamarregionen/);
    assert.match(
      JSON.stringify(lastCard(running.standIn, flow.chat.conversationId).card),
      /leder Næringsgruppen/,
      "the setup card changed for everyone",
    );

    const group = await read<Group>("groups", groupId, groupId);
    assert.equal(group.name, "Osloregionens faggruppe for Næringssamarbeid");
    assert.deepEqual(group.municipalities, ["Kongsvinger", "Oslo kommune", "Hamarregionen"]);
    assert.deepEqual(group.roleHolders.sort(), [people.chair.aadObjectId, people.secretary.aadObjectId].sort());
    const meeting = await read<Meeting>("meetings", "meeting", flow.chat.meetingId ?? "");
    assert.equal(meeting.roles.chair?.name, people.chair.name);
    assert.match(await flow.ask(people.chair, "agenda"), /Dagsorden/);
  });

  it("agenda: standing items with one click, edits keep the notes of unchanged items, over 50 items refused", async () => {
    const secretary = newPerson("52");
    const { flow } = await setUp(52, secretary);
    await flow.say(secretary, "agenda");
    await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Rediger dagsorden"),
    );
    let editor = MeetingFlow.cardOf(await flow.click(secretary, "Rediger dagsorden"));
    editor = MeetingFlow.cardOf(
      await flow.click(secretary, "Legg til faste saker", { card: editor, inputs: { agendaText: "Handlingsprogram 2026" } }),
    );
    const prefilled = JSON.stringify(editor);
    assert.match(
      prefilled,
      new RegExp(
        String.raw`Sak 1: Godkjenning av innkalling og dagsorden\\nSak 2: Godkjenning av referat fra tidligere møter\\n` +
          String.raw`Sak 3: Handlingsprogram 2026\\nSak 4: Eventuelt`,
      ),
    );

    const tooMany = Array.from({ length: 51 }, (_, i) => `Sak ${i + 1}: Punkt ${i + 1}`).join("\n");
    const refused = await flow.click(secretary, "Lagre dagsorden", { card: editor, inputs: { agendaText: tooMany } });
    assert.deepEqual(refused.body, {
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "Dagsordenen kan ha høyst 50 saker.",
    });

    MeetingFlow.cardOf(await flow.click(secretary, "Lagre dagsorden", { card: editor, inputs: { agendaText: AGENDA_TEXT } }));
    assert.equal(await flow.ask(secretary, "note Approved"), "Notat lagt til sak 1.");
    assert.equal(await flow.ask(secretary, "next"), "Sak 2: Handlingsprogram 2026");
    assert.equal(await flow.ask(secretary, "decision Four themes"), "Vedtak lagt til sak 2.");

    editor = MeetingFlow.cardOf(await flow.click(secretary, "Rediger dagsorden"));
    const edited = [
      "Sak 1: Godkjenning av innkalling og dagsorden",
      "Sak 2: Nytt punkt",
      "Sak 3: Handlingsprogram 2026",
      "Sak 4: Eventuelt",
    ].join("\n");
    MeetingFlow.cardOf(await flow.click(secretary, "Lagre dagsorden", { card: editor, inputs: { agendaText: edited } }));
    const meeting = await read<Meeting>("meetings", "meeting", flow.chat.meetingId ?? "");
    assert.deepEqual(
      meeting.agenda.map((item) => [item.title, item.notes.map((note) => note.text)]),
      [
        ["Godkjenning av innkalling og dagsorden", ["Approved"]],
        ["Nytt punkt", []],
        ["Handlingsprogram 2026", ["Four themes"]],
        ["Eventuelt", []],
      ],
    );
    assert.equal(meeting.currentIndex, 2, "the current item moved with its title");
    assert.equal(await flow.ask(secretary, "previous"), "Sak 2: Nytt punkt");
    assert.equal(await flow.ask(secretary, "item 4"), "Sak 4: Eventuelt");
    assert.equal(await flow.ask(secretary, "end"), "Møtet er avsluttet. Takk for i dag!");
    const ended = await read<Meeting>("meetings", "meeting", flow.chat.meetingId ?? "");
    assert.equal(ended.status, "ended");
    assert.ok(ended.actual.end);
  });

  it("the shipped Næringssamarbeid group (imported, nobody holds a role yet) is claimed by whoever may set up", async () => {
    const output = await runGroupImport("config/groups/naeringssamarbeid.json", running.storage.env);
    assert.match(
      output,
      /"Osloregionens faggruppe for Næringssamarbeid" \(naeringssamarbeid\): 10 municipalities, 11 members, 0 role holders/,
    );
    const claimer = newPerson("claimer");
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(54));
    running.standIn.failRest(/\/v1\/meetings\//, 403);
    await flow.say(claimer, "oppsett");
    await running.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Koble til"));
    const linked = MeetingFlow.cardOf(await flow.click(claimer, "Koble til", { inputs: { groupId: "naeringssamarbeid" } }));
    assert.match(JSON.stringify(linked), /Kongsvinger, Oslo kommune, Indre Østfold/);
    const group = await read<Group>("groups", "naeringssamarbeid", "naeringssamarbeid");
    assert.deepEqual(group.roleHolders, [claimer.aadObjectId]);
    assert.equal(group.members.find((m) => m.aadObjectId === claimer.aadObjectId)?.role, "secretary");
    assert.equal(
      group.members.find((m) => m.name === "Mari Strømsvåg")?.role,
      "member",
      "the imported secretary without an Entra id gave way",
    );
    const intruder = newPerson("intruder");
    assert.equal((await flow.invoke(intruder, "setup.link", { groupId: "naeringssamarbeid" })).status, 403);
  });

  it("with an agenda in place, Teams' meetingStart posts the walk-through card; times show in Oslo time", async () => {
    const secretary = newPerson("53");
    const { flow } = await setUp(53, secretary);
    running.standIn.clearFailures();
    await flow.say(secretary, "agenda");
    await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Rediger dagsorden"),
    );
    const editor = MeetingFlow.cardOf(await flow.click(secretary, "Rediger dagsorden"));
    MeetingFlow.cardOf(await flow.click(secretary, "Lagre dagsorden", { card: editor, inputs: { agendaText: AGENDA_TEXT } }));
    await flow.meetingStarts(secretary, "Test Meeting", "2025-09-11T08:00:00.0000000Z");
    const posted = await running.standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Sak 1 av 3"),
    );
    assert.match(JSON.stringify(posted.activity), /"11\\\\\. september 2025, kl\. 10:00"/, 'escaped so that "11." is no list number');
    assert.match(JSON.stringify(posted.activity), /"text":"Test Meeting"/, "Teams' title replaces the placeholder");
    const note = MeetingFlow.cardOf(await flow.click(secretary, "Vis for møteleder og sekretær", { on: "meeting.refresh" }));
    const empty = await flow.click(secretary, "Legg til notat", { card: note, inputs: { noteText: "" } });
    assert.deepEqual((empty.body as { value: unknown }).value, "Notatet er tomt.");
  });
});
