import { textsFor } from "../../src/shared/texts";
/**
 * Every action only the chair and the secretary may take — card verbs and commands — tried by a
 * participant of the group, by a person of another tenant and by an anonymous guest: each is
 * refused in Norwegian (a message, or the invoke's error response) and storage stays as it was.
 */
import assert from "node:assert/strict";
import { referatTexts } from "../../src/features/referat/texts";
import { setupTexts } from "../../src/features/working-group/texts";
import { cardSubmit, people, type Chat, type Person } from "../../scripts/replay/activities";
import { postActivity, type HttpResult } from "../../scripts/replay/bot-client";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { isRecord } from "../../scripts/replay/payloads";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { actionScenarios, coverageGaps, importScenarioGroups } from "../support/action-scenarios";
import { snapshotChanges, storageSnapshot } from "../support/storage-snapshot";

/**
 * Who may do what each scenario does. "leaders": the chair and the secretary; "chair": the chair
 * alone. Anything else says why everyone may (and is not tried here).
 */
const mayDo: Record<string, "leaders" | "chair" | { anyone: string }> = {
  "help.show": { anyone: "the help card" },
  "meeting.next": "leaders",
  "meeting.previous": "leaders",
  "meeting.goto": "leaders",
  "meeting.note": "leaders",
  "meeting.decision": "leaders",
  "meeting.end": "leaders",
  "meeting.details": "leaders",
  innledning: "leaders",
  sakspapirer: "leaders",
  arkivref: "leaders",
  "meeting.followUp": "leaders",
  "followup.status (meeting card)": "leaders",
  "followup.refresh": { anyone: "each person's own view of the follow-ups card; buttons only for leaders" },
  "followup.status": "leaders",
  "followup.deadline": "leaders",
  oppfølging: { anyone: "the list of open follow-ups" },
  "oppfølging (ny)": "leaders",
  personvern: { anyone: "in a group chat only the pointer to the 1:1 chat; there a group's leaders alone (test/features/personvern)" },
  "personvern innsyn": { anyone: "as personvern: the role is checked in the 1:1 chat (test/features/personvern)" },
  "personvern slett": { anyone: "as personvern: the secretary alone, in the 1:1 chat (test/features/personvern/erasure)" },
  "personvern rett": { anyone: "as personvern: the secretary alone, in the 1:1 chat (test/features/personvern/erasure)" },
  "personvern.erase": { anyone: "refused (400) outside the 1:1 chat; there the secretary alone (test/features/personvern/erasure)" },
  "archive.page": { anyone: "the archive's next page" },
  "referat.draft": "leaders",
  "notice.absent": { anyone: "everyone reports their own forfall on the notice" },
  "notice.coming": { anyone: "everyone withdraws their own forfall" },
  "notice.refresh": "leaders",
  "archive.download": {
    anyone: "approved referats for anyone; drafts refused to participants (test/features/referat/referat-archive.test.ts)",
  },
  "referat arkiv": { anyone: "the group's archive" },
  "meeting.refresh": { anyone: "each person's own view of the meeting card; controls only for leaders" },
  "agenda.edit": "leaders",
  "agenda.save": "leaders",
  "agenda.standing": "leaders",
  "setup.edit": "leaders",
  "setup.save": "leaders",
  "setup.save (annen gruppe)": "leaders",
  "setup.link": "leaders",
  "setup.link (koblet chat)": "leaders",
  "setup.create": { anyone: "the first person in a chat with no group, when Teams does not name the organizer (README: first setup)" },
  "setup.create (koblet chat)": "leaders",
  "attendance.checkIn": { anyone: "everyone checks themselves in" },
  "attendance.municipality": { anyone: "someone new names their own municipality" },
  "attendance.manage": "leaders",
  "attendance.add": "leaders",
  "attendance.absent": "leaders",
  "attendance.remove": "leaders",
  "roundtable.form": { anyone: "every representative fetches their municipality's form" },
  "roundtable.submit": { anyone: "every representative submits for their municipality" },
  "roundtable.deadline": "leaders",
  "roundtable.restore": "leaders",
  "roundtable.confirm": { anyone: "someone from the municipality vouches for a newcomer's change (checked in entry-history.test.ts)" },
  hjelp: { anyone: "the command list" },
  "oppsett (vis)": { anyone: "shows the chat's group; changing it is setup.edit/setup.save" },
  "oppsett (ny faggruppe)": { anyone: "the first person in a chat with no group (README: first setup)" },
  møte: { anyone: "only the usage text" },
  "møte ny": "leaders",
  agenda: { anyone: "everyone sees the agenda; editing is agenda.*" },
  oppmøte: { anyone: "posts the check-in card everyone uses" },
  "oppmøte legg til": "leaders",
  "oppmøte fjern": "leaders",
  forfall: "leaders",
  rundebord: "leaders",
  "rundebord lukk": "leaders",
  "rundebord påminn": "leaders",
  "rundebord frist": "leaders",
  innkalling: "leaders",
  "rundebord påminnelser av": "leaders",
  start: "leaders",
  "start nå": "leaders",
  neste: "leaders",
  forrige: "leaders",
  sak: "leaders",
  notat: "leaders",
  vedtak: "leaders",
  avslutt: "leaders",
  referat: "leaders",
  "referat godkjenn": "chair",
};

const OTHER_TENANT = "0b5c7a3e-2f4d-4e6a-9c1b-8d7e6f5a4b3c";
const outsider: Person = { id: mriFrom("other-tenant"), name: "Olav Utenfor", aadObjectId: guidFrom("other-tenant") };

interface Actor {
  label: string;
  person: Person;
  chat: (chat: Chat) => Chat;
}
const sameTenant = (chat: Chat): Chat => chat;
const actors: Actor[] = [
  { label: "a participant of the group (who chairs another group)", person: people.member, chat: sameTenant },
  { label: "a person of another tenant", person: outsider, chat: (chat) => ({ ...chat, tenantId: OTHER_TENANT }) },
  { label: "an anonymous user", person: people.anonymous, chat: sameTenant },
];
const chairOnlyActors: Actor[] = [...actors, { label: "the secretary", person: people.secretary, chat: sameTenant }];

/** Every refusal the bot gives for a missing role, in Norwegian. */
const refusals = new Set<string>([
  textsFor("nb").onlyLeaders,
  referatTexts("nb").onlyLeaders(people.secretary.name),
  referatTexts("nb").onlyChair,
  setupTexts("nb").notAllowed,
  setupTexts("nb").onlyRoleHolders,
  setupTexts("nb").anonymous,
]);

/** The same click as Teams sends it from an Action.Submit card: a message whose value is the action's data. */
function asSubmit(invoke: Record<string, unknown>, chat: Chat, from: Person): Record<string, unknown> {
  const action = isRecord(invoke.value) && isRecord(invoke.value.action) ? invoke.value.action : {};
  const value = isRecord(action.data) ? action.data : {};
  return cardSubmit({ serviceUrl: String(invoke.serviceUrl), chat, from, value, replyToId: String(invoke.replyToId) });
}

/** The refusal an invoke answered with (error response or message), if any. */
function invokeRefusal(response: HttpResult): string | undefined {
  const body = response.body;
  if (!isRecord(body)) return undefined;
  if (body.type === "application/vnd.microsoft.error" && isRecord(body.value)) return String(body.value.message);
  if (body.type === "application/vnd.microsoft.activity.message") return String(body.value);
  return undefined;
}

describe("role matrix: what only the chair and the secretary may do is refused for everyone else", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let attempts = 0;

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importScenarioGroups(running.storage.env);
  });
  after(async () => {
    console.log(`      ${attempts} refused attempts, storage compared before and after each`);
    await running?.stop();
  });

  it("says who may do each card verb and command form in the code", () => {
    assert.deepEqual(coverageGaps(mayDo), { actionsWithoutScenario: [], scenariosWithoutEntry: [], entriesWithoutScenario: [] });
  });

  for (const scenario of actionScenarios) {
    const who = mayDo[scenario.name];
    if (who === undefined || typeof who === "object") continue;
    it(
      `${scenario.name} (${who === "chair" ? "chair only" : "chair and secretary"}): refused ` +
        `for ${(who === "chair" ? chairOnlyActors : actors).map((a) => a.label).join(", ")}`,
      async () => {
        const flow = await scenario.prepare(running);
        const conversationId = flow.chat.conversationId;
        const attemptsOf = (who === "chair" ? chairOnlyActors : actors).map((actor) => ({
          actor,
          activity: scenario.activity(flow, actor.person, actor.chat(flow.chat)),
        }));
        const invoked = attemptsOf[0]?.activity;
        if (invoked?.type === "invoke") {
          attemptsOf.push({
            actor: { label: "a participant, through the legacy Action.Submit", person: people.member, chat: sameTenant },
            activity: asSubmit(invoked, flow.chat, people.member),
          });
        }
        for (const { actor, activity } of attemptsOf) {
          const before = await storageSnapshot(running.storage);
          const postedBefore = running.standIn.recorded(conversationId).length;
          const response = await postActivity(running.bot.url, activity);
          attempts++;
          assert.ok(response.status < 500, `${actor.label}: answered ${response.status}`);
          // Answers are new messages; an update is a shared card settling from the steps before.
          const posted = running.standIn
            .recorded(conversationId)
            .slice(postedBefore)
            .filter((a) => a.operation !== "update");
          const said = activity.type === "invoke" ? [invokeRefusal(response)] : posted.map((a) => a.activity.text);
          assert.equal(said.length, 1, `${actor.label}: one answer, got ${JSON.stringify(said)}`);
          assert.ok(refusals.has(String(said[0])), `${actor.label}: refused in Norwegian, got ${JSON.stringify(said[0] ?? response.text)}`);
          if (activity.type === "invoke") assert.deepEqual(posted, [], `${actor.label}: nothing posted or updated in the chat`);
          assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), [], `${actor.label}: storage unchanged`);
        }
      },
    );
  }
});
