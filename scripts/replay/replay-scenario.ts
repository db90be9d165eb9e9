import assert from "node:assert/strict";
import type { ConnectorStandIn } from "./connector-standin";
import { installed, meetingChat, meetingEnd, participantJoin, type Chat, type Person } from "./activities";
import type { HttpResult } from "./bot-client";
import { MeetingFlow, type Deliver } from "./meeting-flow";
import { groupFileOf, teamsPerson, type Scenario } from "./scenario";
import { importGroupData } from "./run-group-import";

export interface ReplayTarget {
  botUrl: () => string;
  /** How each activity reaches the bot (e.g. again after a restart, as Teams retries); default: one POST to botUrl(). */
  deliver?: Deliver;
  standIn: ConnectorStandIn;
  /** Environment of the bot's storage, for `npm run group:import`. */
  storageEnv: Record<string, string>;
}

export interface Replayed {
  flow: MeetingFlow;
  chair: Person;
  secretary: Person;
  person(name: string): Person;
}

/**
 * Plays a scenario to a running bot as Teams would deliver it: the group is imported, the bot
 * is added to the meeting chat, the secretary links the group and writes the agenda, Teams
 * sends the meeting's start, joins and end, people click the cards the bot posted — check-in,
 * the chair's Neste, the secretary's notes, each municipality's round-table form.
 */
export async function replayScenario(target: ReplayTarget, scenario: Scenario, chat: Chat = meetingChat()): Promise<Replayed> {
  const { standIn } = target;
  const person = (name: string): Person => {
    const known = scenario.people.find((p) => p.name === name);
    assert.ok(known, `scenario: nobody called ${name}`);
    return teamsPerson(known);
  };
  const holder = (role: "chair" | "secretary") => {
    const found = scenario.people.find((p) => p.role === role);
    assert.ok(found, `scenario: no ${role}`);
    return teamsPerson(found);
  };
  const chair = holder("chair");
  const secretary = holder("secretary");
  const flow = new MeetingFlow(target.botUrl, standIn, chat, target.deliver);
  const ok = async (what: string, response: Promise<HttpResult>) => {
    const result = await response;
    assert.equal(result.status, 200, `${what}: ${result.status} ${result.text}`);
    return result;
  };
  const card = async (what: string, response: Promise<HttpResult>) => MeetingFlow.cardOf(await ok(what, response));

  await importGroupData(target.storageEnv, groupFileOf(scenario));
  const meetingId = chat.meetingId ?? "";
  standIn.setMeeting(meetingId, {
    details: {
      id: meetingId,
      title: scenario.meeting.title,
      scheduledStartTime: scenario.meeting.start,
      scheduledEndTime: scenario.meeting.end,
      type: "Scheduled",
    },
    conversation: { isGroup: true, conversationType: "groupChat", id: chat.conversationId },
    organizer: { id: secretary.id, aadObjectId: secretary.aadObjectId, tenantId: chat.tenantId },
  });
  standIn.setMembers(
    chat.conversationId,
    scenario.people.map((p) => ({ id: teamsPerson(p).id, name: p.name, aadObjectId: teamsPerson(p).aadObjectId })),
  );

  // Before the meeting: the secretary adds the bot, links the group and writes the agenda.
  await ok("installation", flow.post(installed(flow.as(secretary))));
  await ok("oppsett", flow.say(secretary, "oppsett"));
  await card("link group", flow.click(secretary, "Koble til", { on: "setup.link", inputs: { groupId: scenario.group.groupId } }));
  await ok("agenda", flow.say(secretary, "agenda"));
  const editor = await card("edit agenda", flow.click(secretary, "Rediger dagsorden", { on: "agenda.edit" }));
  const agendaText = scenario.agenda.map((item, i) => `Sak ${i + 1}: ${item.title}`).join("\n");
  await card(
    "save agenda",
    flow.click(secretary, "Lagre dagsorden", { card: editor, activityId: flow.messageWith("agenda.edit"), inputs: { agendaText } }),
  );

  // The meeting starts; people arrive.
  await ok("meetingStart", flow.meetingStarts(secretary, scenario.meeting.title, scenario.meeting.start));
  const { intro, papers } = scenario.meeting;
  if (intro) await ok("innledning", flow.say(secretary, `innledning ${intro}`));
  if (papers) await ok("sakspapirer", flow.say(secretary, `sakspapirer ${papers.url} ${papers.text ?? ""}`));
  const joining = scenario.people.filter((p) => p.arrives === "join").map((p) => ({ person: teamsPerson(p) }));
  await ok("participants join", flow.post(participantJoin({ ...flow.as(secretary), members: joining })));
  for (const p of scenario.people.filter((q) => q.arrives === "checkIn")) {
    await card(`check-in ${p.name}`, flow.click(teamsPerson(p), "Registrer oppmøte", { on: "attendance.checkIn" }));
  }

  // The walk-through: the chair moves on, the secretary writes, the round table at its item.
  const meetingCardId = () => flow.messageWith("meeting.refresh");
  const leaderView = (who: Person) => card("leader view", flow.click(who, "Vis for møteleder og sekretær", { on: "meeting.refresh" }));
  for (const [index, item] of scenario.agenda.entries()) {
    if (/^Runde rundt bordet/i.test(item.title)) await playRoundTable(flow, scenario, person, card);
    let view = await leaderView(secretary);
    for (const noteText of item.notes) {
      view = await card(
        `note on Sak ${index + 1}`,
        flow.click(secretary, "Legg til notat", { card: view, activityId: meetingCardId(), inputs: { noteText } }),
      );
    }
    if (index < scenario.agenda.length - 1) {
      await card(
        `Neste after Sak ${index + 1}`,
        flow.click(chair, "Neste", { card: await leaderView(chair), activityId: meetingCardId() }),
      );
    }
  }
  await ok("meetingEnd", flow.post(meetingEnd({ ...flow.as(secretary), endTime: scenario.meeting.end, title: scenario.meeting.title })));
  return { flow, chair, secretary, person };
}

async function playRoundTable(
  flow: MeetingFlow,
  scenario: Scenario,
  person: (name: string) => Person,
  card: (what: string, response: Promise<HttpResult>) => Promise<Record<string, unknown>>,
): Promise<void> {
  for (const entry of scenario.roundTable) {
    for (const submission of entry.submissions) {
      const who = person(submission.by);
      const form = await card(
        `form for ${entry.municipality}`,
        flow.click(who, "Send inn for min kommune", { on: "roundtable.form", inputs: {} }),
      );
      const saved = await card(
        `submit ${entry.municipality}`,
        flow.click(who, "Send inn", {
          card: form,
          activityId: flow.messageWith("roundtable.form"),
          inputs: { entryText: submission.text },
        }),
      );
      assert.ok(
        !JSON.stringify(saved).includes('"verb":"roundtable.submit"'),
        `${submission.by}'s entry for ${entry.municipality} came back as a form (a conflict), not saved`,
      );
    }
  }
}

export interface ReferatAnswer {
  /** The draft's Markdown, as the leader's link serves it (drafts are never posted as text in the chat). */
  markdown?: string;
  /** The card every participant sees: that a draft exists, no text, no links. */
  shared: Record<string, unknown>;
  /** The card the chair and secretary see (`refresh.userIds`, or "Vis for møteleder og sekretær"). */
  card: Record<string, unknown>;
  docxUrl: string;
  markdownUrl: string;
}

/** Types `referat` as `who` (a leader), opens the leaders' view of the draft card and reads its links. */
export async function askReferat(flow: MeetingFlow, who: Person, command = "referat"): Promise<ReferatAnswer> {
  const before = flow.standIn.recorded(flow.chat.conversationId).length;
  const response = await flow.say(who, command);
  assert.equal(response.status, 200);
  const fresh = flow.standIn
    .recorded(flow.chat.conversationId)
    .slice(before)
    .filter((a) => a.operation !== "update");
  const text = fresh.find((a) => typeof a.activity.text === "string" && a.activity.text !== "")?.activity.text;
  assert.ok(
    fresh.some((a) => JSON.stringify(a.activity.attachments ?? []).includes('"verb":"referat.draft"')),
    `no referat card; the bot said: ${typeof text === "string" ? text : JSON.stringify(fresh.map((a) => a.activity))}`,
  );
  return openDraft(flow, who);
}

/** The leaders' view of the newest draft card in the chat, as `who` fetches it, with its links read. */
export async function openDraft(flow: MeetingFlow, who: Person): Promise<ReferatAnswer> {
  const activityId = flow.messageWith("referat.draft");
  const posted = flow.standIn.messages(flow.chat.conversationId).find((m) => m.activityId === activityId);
  const shared = (posted?.activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content ?? {};
  const card = MeetingFlow.cardOf(await flow.click(who, "referat.draft", { activityId, card: shared }));
  const urls = [...JSON.stringify(card).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? "");
  const docxUrl = urls.find((u) => u.includes("/download/") && !u.includes("format=md"));
  const markdownUrl = urls.find((u) => u.includes("format=md"));
  assert.ok(docxUrl && markdownUrl, `no download links in the leaders' view: ${JSON.stringify(card)}`);
  const markdown = await (await fetch(markdownUrl)).text();
  return { markdown, shared, card, docxUrl, markdownUrl };
}
