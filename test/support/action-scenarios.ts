/**
 * One scenario for each thing a user can make the bot do — every card verb and every typed
 * command form — with the meeting state it needs, so tests can deliver each one (twice, or as
 * the wrong person) and compare storage before and after.
 */
import { cardVerbs, commandRoutes as commandCatalog } from "../../src/router/route-table";
import { cardInvoke, groupChat, meetingChat, message, people, type Chat, type Person } from "../../scripts/replay/activities";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { postActivity } from "../../scripts/replay/bot-client";
import type { RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID } from "./test-group";
import { importGroupData } from "../../scripts/replay/run-group-import";

/** Deadlines and follow-up dates lie ahead, and within the two years the bot allows. */
const NEXT_YEAR = new Date().getFullYear() + 1;

/** A meeting chat (or group chat) brought to the state a scenario needs. */
type Prepare = (running: RunningBot) => Promise<MeetingFlow>;

export interface ActionScenario {
  /** Unique; the tests' tables are keyed by it. */
  name: string;
  /** The card verb or the command form (`oppmøte legg til`) it exercises. */
  action: string;
  /** Who does it when it is theirs to do (someone new: a different person in each chat). */
  by: Person | ((flow: MeetingFlow) => Person);
  prepare: Prepare;
  /** The activity Teams would send: `from` in `chat` (the flow's chat, or a copy with another tenant). */
  activity(flow: MeetingFlow, from: Person, chat: Chat): Record<string, unknown>;
}

/**
 * Every command form: each command's Norwegian name, plus the sub-forms its description names
 * («oppmøte legg til ‹navn›», or a description starting with "møte ny ‹tittel›").
 */
export function commandForms(): string[] {
  const forms = new Set<string>();
  for (const { names, description } of commandCatalog) {
    forms.add(names.nb);
    const word = "[^\\s‹»«\\[(;:,]+";
    const quoted = new RegExp(`«(${names.nb}(?: ${word})*)`, "g");
    for (const match of description.nb.matchAll(quoted)) forms.add(match[1] ?? names.nb);
    const leading = new RegExp(`^(${names.nb}(?: ${word})*)(?: ‹|$)`).exec(description.nb);
    if (leading?.[1]) forms.add(leading[1]);
  }
  return [...forms];
}

/** Every verb a card can send and every command form. */
export const allActions = (): string[] => [...cardVerbs, ...commandForms()];

/**
 * What a test's table (keyed by scenario name) misses: verbs or command forms no scenario
 * exercises, scenarios the table has no entry for, entries for no scenario. All empty when complete.
 */
export function coverageGaps(table: object): {
  actionsWithoutScenario: string[];
  scenariosWithoutEntry: string[];
  entriesWithoutScenario: string[];
} {
  const covered = new Set(actionScenarios.map((s) => s.action));
  const names = new Set(actionScenarios.map((s) => s.name));
  return {
    actionsWithoutScenario: allActions().filter((action) => !covered.has(action)),
    scenariosWithoutEntry: [...names].filter((name) => !(name in table)),
    entriesWithoutScenario: Object.keys(table).filter((name) => !names.has(name)),
  };
}

let chatNumber = 9000;
const nextChat = (): number => ++chatNumber;

const meetingIdOf = (flow: MeetingFlow): string => flow.chat.meetingId ?? "";

// ---- Meeting states ----

/** Started by Teams, linked to the test group by the secretary. */
const linked: Prepare = (running) => linkedMeeting(running, nextChat());

/** Linked, not started, with the agenda saved and the agenda card in the chat. */
const withAgenda: Prepare = async (running) => {
  const flow = await linkedMeeting(running, nextChat(), { started: false });
  await flow.ask(people.chair, "agenda");
  const save = cardInvoke({
    ...flow.as(people.chair),
    verb: "agenda.save",
    data: { verb: "agenda.save", meetingId: meetingIdOf(flow), agendaText: AGENDA_TEXT },
    replyToId: flow.messageWith("agenda.edit"),
  });
  await expectOk(postActivity(running.bot.url, save));
  return flow;
};

/** The agenda walked from item 1: the meeting card and the check-in card are in the chat. */
const started: Prepare = async (running) => {
  const flow = await withAgenda(running);
  await flow.say(people.chair, "start nå");
  await running.standIn.waitFor(
    (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("attendance.checkIn"),
  );
  return flow;
};

/** Started; the member has checked in. */
const checkedIn: Prepare = async (running) => {
  const flow = await started(running);
  await expectOk(flow.invoke(people.member, "attendance.checkIn", { meetingId: meetingIdOf(flow) }));
  return flow;
};

/** `stage`, then `person` types `text` and gets an answer. */
const saying =
  (stage: Prepare, person: Person, text: string): Prepare =>
  async (running) => {
    const flow = await stage(running);
    await flow.ask(person, text);
    return flow;
  };

/** The notice posted (the meeting not started yet). */
const withNotice = saying(withAgenda, people.secretary, "innkalling");
/** The notice posted; the member has reported forfall on it. */
const withOwnForfall: Prepare = async (running) => {
  const flow = await withNotice(running);
  await expectOk(flow.invoke(people.member, "notice.absent", { meetingId: meetingIdOf(flow), reason: "sykdom" }));
  return flow;
};

/** Started, on item 2. */
const onSecondItem = saying(started, people.chair, "neste");
/** Started; the round table is open and its card in the chat. */
const roundTableOpen = saying(started, people.secretary, "rundebord Status");
/** The round table open; the member has written Kongsvinger's entry twice (revisions 1 and 2). */
const withTwoRevisions: Prepare = async (running) => {
  const flow = await roundTableOpen(running);
  for (const [entryText, baseRevision] of [
    ["• Første status", ""],
    ["• Rettet status", "1"],
  ] as const) {
    await expectOk(
      flow.invoke(people.member, "roundtable.submit", {
        meetingId: meetingIdOf(flow),
        municipality: "Kongsvinger",
        formMunicipality: "Kongsvinger",
        baseRevision,
        entryText,
      }),
    );
  }
  return flow;
};
/** Kongsvinger's entry by its member, then replaced by someone new to the group: a change waiting for confirmation. */
const withUnconfirmedChange: Prepare = async (running) => {
  const flow = await withTwoRevisions(running);
  await expectOk(
    flow.invoke(people.other, "roundtable.submit", {
      meetingId: meetingIdOf(flow),
      municipality: "Kongsvinger",
      formMunicipality: "Kongsvinger",
      baseRevision: "2",
      entryText: "• Ny tekst fra en nykommer",
      replaceConfirmed: "true",
    }),
  );
  return flow;
};
/** Linked, not started yet (so a deadline can lie before it); the round table open with its card. */
const roundTableAhead: Prepare = async (running) => {
  const flow = await linkedMeeting(running, nextChat(), { started: false });
  await flow.ask(people.secretary, "rundebord Status");
  return flow;
};
/** Started, with a note on item 1. */
const withNote = saying(started, people.chair, "notat Innkallingen er godkjent");
/** With a note, and a draft referat. */
const withDraft = saying(withNote, people.secretary, "referat");

/** Each chat's follow-up (made by `withFollowUp`), by conversation id: the buttons' data names it. */
const followUpOfChat = new Map<string, string>();

/** Started, with a follow-up on item 1 (of the test group). */
const withFollowUp: Prepare = async (running) => {
  const flow = await saying(started, people.chair, `oppfølging Sende ut Doodle; Sekretariatet; 1. oktober ${NEXT_YEAR}`)(running);
  const { resources } = await running.storage
    .container("groups")
    .items.query<{ id: string }>(
      {
        query: "SELECT c.id FROM c WHERE c.docType = 'followUp' AND c.origin.meetingId = @m",
        parameters: [{ name: "@m", value: meetingIdOf(flow) }],
      },
      { partitionKey: TEST_GROUP_ID },
    )
    .fetchAll();
  const id = resources[0]?.id;
  if (!id) throw new Error("the follow-up was not stored");
  followUpOfChat.set(flow.chat.conversationId, id);
  return flow;
};
/** With a follow-up, and the follow-ups card in the chat. */
const withFollowUpCard = saying(withFollowUp, people.member, "oppfølging");
/** With a draft referat, and the archive card in the chat. */
const withArchiveCard = saying(withDraft, people.member, "referat arkiv");
const followUpId = (flow: MeetingFlow): string => followUpOfChat.get(flow.chat.conversationId) ?? "";

/** A meeting chat where only Teams' meeting start has happened. */
const fresh: Prepare = async (running) => {
  const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(nextChat()));
  await expectOk(flow.meetingStarts(people.secretary, "Faggruppemøte", "2025-09-11T08:00:00Z"));
  return flow;
};

/** The secretary has typed `oppsett` and got the card to link the chat or create a group. */
async function offeredSetup(flow: MeetingFlow): Promise<MeetingFlow> {
  await flow.say(people.secretary, "oppsett");
  await flow.standIn.waitFor((a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("setup.link"));
  return flow;
}

/** A meeting chat nobody has linked to a group yet; the secretary got the link card. */
const unlinked: Prepare = async (running) => offeredSetup(await fresh(running));

/** A group chat (not a Teams meeting) linked to the test group. */
const linkedGroupChat: Prepare = async (running) => {
  const flow = await offeredSetup(new MeetingFlow(() => running.bot.url, running.standIn, groupChat(nextChat())));
  MeetingFlow.cardOf(await flow.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: TEST_GROUP_ID } }));
  return flow;
};

async function expectOk(response: Promise<{ status: number; text: string }>): Promise<void> {
  const { status, text } = await response;
  if (status !== 200) throw new Error(`preparing a scenario: answered ${status}: ${text}`);
}

// ---- Activities ----

function command(name: string, action: string, by: ActionScenario["by"], prepare: Prepare, text: string): ActionScenario {
  return {
    name,
    action,
    by,
    prepare,
    activity: (flow, from, chat) => message({ serviceUrl: flow.standIn.url, chat, from, text }),
  };
}

/** A click on the card whose message carries `on` (Teams sends that message's id as replyToId). */
function click(
  name: string,
  verb: string,
  by: ActionScenario["by"],
  prepare: Prepare,
  on: string,
  data: (flow: MeetingFlow) => Record<string, unknown> = () => ({}),
): ActionScenario {
  return {
    name,
    action: verb,
    by,
    prepare,
    activity: (flow, from, chat) =>
      cardInvoke({
        serviceUrl: flow.standIn.url,
        chat,
        from,
        verb,
        data: { verb, meetingId: meetingIdOf(flow), ...data(flow) },
        replyToId: flow.messageWith(on),
      }),
  };
}

/** A second group: the test group's secretary is its secretary too; the test group's member chairs it. */
export const OTHER_GROUP_ID = "naering-andre";

/** The test group and the second group, imported as the scenarios need them. */
export async function importScenarioGroups(env: Record<string, string>): Promise<void> {
  await importTestGroup(env);
  await importGroupData(env, {
    groupId: OTHER_GROUP_ID,
    name: "Faggruppe for reiseliv",
    leaderTitle: "leder Reiselivsgruppen",
    municipalities: ["Asker", "Bærum"],
    members: [
      { name: people.member.name, aadObjectId: people.member.aadObjectId, role: "chair" },
      { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" },
    ],
  });
}

/** Someone new to the group, with an organisation account: another person in each chat. */
const newcomer = (flow: MeetingFlow): Person => {
  const seed = `newcomer:${flow.chat.conversationId}`;
  return { id: mriFrom(seed), name: "Nils Nykommer", aadObjectId: guidFrom(seed) };
};

/** Who performs the scenario in this chat. */
export const performerOf = (scenario: ActionScenario, flow: MeetingFlow): Person =>
  typeof scenario.by === "function" ? scenario.by(flow) : scenario.by;

const { chair, secretary, member } = people;
const groupEdit = {
  groupId: TEST_GROUP_ID,
  name: "Osloregionens faggruppe for Næringssamarbeid",
  municipalities: "Kongsvinger\nOslo kommune\nHamarregionen",
  chair: chair.aadObjectId,
  secretary: secretary.aadObjectId,
};

const otherGroupEdit = {
  groupId: OTHER_GROUP_ID,
  name: "Faggruppe for reiseliv",
  municipalities: "Asker\nBærum",
  chair: member.aadObjectId,
  secretary: secretary.aadObjectId,
};

export const actionScenarios: ActionScenario[] = [
  click("help.show", "help.show", member, linked, "setup.edit"),
  click("meeting.next", "meeting.next", chair, started, "meeting.refresh", () => ({ shownIndex: 0 })),
  click("meeting.previous", "meeting.previous", chair, onSecondItem, "meeting.refresh", () => ({ shownIndex: 1 })),
  click("meeting.goto", "meeting.goto", chair, started, "meeting.refresh", () => ({ shownIndex: 0, itemNumber: 3 })),
  click("meeting.note", "meeting.note", secretary, started, "meeting.refresh", () => ({ shownIndex: 0, noteText: "Innkalling godkjent" })),
  click("meeting.decision", "meeting.decision", chair, started, "meeting.refresh", () => ({ shownIndex: 0, noteText: "Vedtatt" })),
  click("meeting.end", "meeting.end", chair, started, "meeting.refresh"),
  click("meeting.refresh", "meeting.refresh", chair, started, "meeting.refresh"),
  click("meeting.followUp", "meeting.followUp", chair, started, "meeting.refresh", () => ({
    followUpText: "Sende ut Doodle",
    followUpResponsible: "Sekretariatet",
    followUpDeadline: `${NEXT_YEAR}-10-01`,
  })),
  click("followup.status (meeting card)", "followup.status", secretary, withFollowUp, "meeting.refresh", (flow) => ({
    followUpId: followUpId(flow),
    status: "done",
    on: "meeting",
  })),
  click("followup.refresh", "followup.refresh", member, withFollowUpCard, "followup.refresh"),
  click("archive.page", "archive.page", member, withArchiveCard, "archive.page", () => ({ offset: 0 })),
  click("referat.draft", "referat.draft", secretary, withDraft, "referat.draft", () => ({ version: 1 })),
  click("notice.absent", "notice.absent", member, withNotice, "notice.absent", () => ({ reason: "ferie" })),
  click("notice.coming", "notice.coming", member, withOwnForfall, "notice.coming"),
  click("notice.refresh", "notice.refresh", chair, withOwnForfall, "notice.refresh"),
  click("archive.download", "archive.download", secretary, withArchiveCard, "archive.page", (flow) => ({
    entryMeetingId: meetingIdOf(flow),
    version: 1,
  })),
  click("followup.status", "followup.status", chair, withFollowUpCard, "followup.refresh", (flow) => ({
    followUpId: followUpId(flow),
    status: "dropped",
  })),
  click("followup.deadline", "followup.deadline", secretary, withFollowUpCard, "followup.refresh", (flow) => {
    const inputId = `deadline-${followUpId(flow).replace("followUp:", "")}`;
    return { followUpId: followUpId(flow), inputId, [inputId]: `${NEXT_YEAR}-01-15` };
  }),
  click("meeting.details", "meeting.details", secretary, started, "meeting.refresh", () => ({
    intro: "Møtet ble holdt som en del av fellesmøtet.",
    papersUrl: "https://www.osloregionen.no/kalender/",
    papersText: "Sakspapirer",
    archiveRef: "25/01234",
  })),
  click("agenda.edit", "agenda.edit", chair, withAgenda, "agenda.edit"),
  click("agenda.save", "agenda.save", chair, withAgenda, "agenda.edit", () => ({ agendaText: `${AGENDA_TEXT}\nSak 4 Eventuelt` })),
  click("agenda.standing", "agenda.standing", chair, withAgenda, "agenda.edit", () => ({ agendaText: "Sak 1 Budsjett" })),
  click("setup.edit", "setup.edit", secretary, linked, "setup.edit", () => ({ groupId: TEST_GROUP_ID })),
  click("setup.save", "setup.save", secretary, linked, "setup.edit", (flow) => ({
    ...groupEdit,
    leaderTitle: `leder ${flow.chat.conversationId.slice(-12)}`,
  })),
  click("setup.save (annen gruppe)", "setup.save", secretary, linked, "setup.edit", (flow) => ({
    ...otherGroupEdit,
    leaderTitle: `leder ${flow.chat.conversationId.slice(-12)}`,
  })),
  click("setup.link", "setup.link", secretary, unlinked, "setup.link", () => ({ groupId: TEST_GROUP_ID })),
  click("setup.link (koblet chat)", "setup.link", secretary, linked, "setup.edit", () => ({ groupId: OTHER_GROUP_ID })),
  click("setup.create", "setup.create", secretary, unlinked, "setup.create", () => ({ name: "Faggruppe for reiseliv" })),
  click("setup.create (koblet chat)", "setup.create", secretary, linked, "setup.edit", () => ({ name: "Faggruppe for reiseliv" })),
  click("attendance.checkIn", "attendance.checkIn", member, started, "attendance.checkIn"),
  click(
    "attendance.municipality",
    "attendance.municipality",
    newcomer,
    async (running) => {
      const flow = await started(running);
      await expectOk(flow.invoke(newcomer(flow), "attendance.checkIn", { meetingId: meetingIdOf(flow) }));
      return flow;
    },
    "attendance.checkIn",
    () => ({ municipality: "Oslo kommune" }),
  ),
  click("attendance.manage", "attendance.manage", secretary, started, "attendance.checkIn"),
  click("attendance.add", "attendance.add", secretary, started, "attendance.checkIn", () => ({
    guestName: "Gunn Gjest",
    guestMunicipality: "Oslo kommune",
  })),
  click("attendance.absent", "attendance.absent", secretary, started, "attendance.checkIn", () => ({
    person: member.aadObjectId,
    reason: "sykdom",
  })),
  click("attendance.remove", "attendance.remove", secretary, checkedIn, "attendance.checkIn", () => ({ person: member.aadObjectId })),
  click("roundtable.form", "roundtable.form", member, roundTableOpen, "roundtable.form"),
  click("roundtable.deadline", "roundtable.deadline", secretary, roundTableAhead, "roundtable.form", () => ({
    deadlineDate: `${NEXT_YEAR}-12-02`,
    deadlineTime: "12:00",
  })),
  click("roundtable.restore", "roundtable.restore", chair, withTwoRevisions, "roundtable.form", () => ({
    municipality: "Kongsvinger",
    revision: "1",
  })),
  click("roundtable.confirm", "roundtable.confirm", member, withUnconfirmedChange, "roundtable.form", () => ({
    municipality: "Kongsvinger",
  })),
  click("roundtable.submit", "roundtable.submit", member, roundTableOpen, "roundtable.form", () => ({
    municipality: "Kongsvinger",
    formMunicipality: "Kongsvinger",
    entryText: "• Status fra Kongsvinger",
  })),

  command("hjelp", "hjelp", member, linked, "hjelp"),
  command("oppsett (vis)", "oppsett", member, linked, "oppsett"),
  command("oppsett (ny faggruppe)", "oppsett", newcomer, fresh, "oppsett"),
  command("møte", "møte", secretary, linkedGroupChat, "møte"),
  command("møte ny", "møte ny", secretary, linkedGroupChat, "møte ny Faggruppemøte 10.12.2026 10:00-12:00"),
  command("agenda", "agenda", member, withAgenda, "agenda"),
  command("oppmøte", "oppmøte", member, started, "oppmøte"),
  command("oppmøte legg til", "oppmøte legg til", secretary, started, "oppmøte legg til Gunn Gjest Oslo kommune"),
  command("oppmøte fjern", "oppmøte fjern", secretary, checkedIn, `oppmøte fjern ${member.name}`),
  command("forfall", "forfall", secretary, started, `forfall ${member.name}, sykdom`),
  command("rundebord", "rundebord", secretary, started, "rundebord Status"),
  command("rundebord lukk", "rundebord lukk", secretary, roundTableOpen, "rundebord lukk"),
  command("rundebord påminn", "rundebord påminn", chair, roundTableOpen, "rundebord påminn"),
  command("rundebord frist", "rundebord frist", secretary, roundTableAhead, `rundebord frist 2. desember ${NEXT_YEAR} kl. 12:00`),
  command("rundebord påminnelser av", "rundebord påminnelser av", chair, roundTableAhead, "rundebord påminnelser av"),
  command("innkalling", "innkalling", secretary, withAgenda, "innkalling"),
  command("start", "start", chair, withAgenda, "start"),
  command("start nå", "start nå", chair, withAgenda, "start nå"),
  command("neste", "neste", chair, started, "neste"),
  command("forrige", "forrige", chair, onSecondItem, "forrige"),
  command("sak", "sak", chair, started, "sak 3"),
  command("notat", "notat", secretary, started, "notat Innkallingen er godkjent"),
  command("vedtak", "vedtak", chair, started, "vedtak Godkjent"),
  command("avslutt", "avslutt", chair, started, "avslutt"),
  command("referat", "referat", secretary, withNote, "referat"),
  command("referat godkjenn", "referat godkjenn", chair, withDraft, "referat godkjenn"),
  command("referat arkiv", "referat arkiv", member, withDraft, "referat arkiv"),
  command("innledning", "innledning", secretary, started, "innledning Møtet ble holdt som en del av fellesmøtet."),
  command("sakspapirer", "sakspapirer", chair, started, "sakspapirer https://www.osloregionen.no/kalender/ Sakspapirer"),
  command("arkivref", "arkivref", secretary, started, "arkivref 25/01234"),
  command("oppfølging", "oppfølging", member, withFollowUp, "oppfølging"),
  command("oppfølging (ny)", "oppfølging", secretary, started, `oppfølging Sende påminnelse; Sekretariatet; 1. desember ${NEXT_YEAR}`),
  // In a meeting chat the personvern tools only point to the 1:1 chat (test/features/personvern tries them there).
  command("personvern", "personvern", secretary, linked, "personvern"),
  command("personvern innsyn", "personvern innsyn", secretary, linked, "personvern innsyn Ingrid Haugen"),
  command("personvern slett", "personvern slett", secretary, linked, "personvern slett Ingrid Haugen"),
  command("personvern rett", "personvern rett", secretary, linked, "personvern rett Ingrid Haugen til Ingrid Berg"),
  // The erase card is only ever shown in the 1:1 chat; a click forged into the meeting chat is refused (400).
  {
    name: "personvern.erase",
    action: "personvern.erase",
    by: secretary,
    prepare: linked,
    activity: (flow, from, chat) =>
      cardInvoke({
        serviceUrl: flow.standIn.url,
        chat,
        from,
        verb: "personvern.erase",
        data: { verb: "personvern.erase", name: "Ingrid Haugen" },
        replyToId: "1",
      }),
  },
];
