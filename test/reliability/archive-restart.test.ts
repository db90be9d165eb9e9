/**
 * The archive's index entry is written after the referat version: a SIGKILL between the two
 * writes must not leave the archive behind. Teams delivers the unanswered `referat` again after
 * the restart, and that delivery rewrites the entry from the head (README: the group's archive).
 */
import assert from "node:assert/strict";
import { meetingChat, people } from "../../scripts/replay/activities";
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { RestartableBot } from "../harness/restartable-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../scripts/replay/meeting-flow";
import { askReferat } from "../../scripts/replay/replay-scenario";
import { importTestGroup, TEST_GROUP_ID } from "../support/test-group";

/** Milliseconds after `referat` is delivered: before, between and after its writes. */
const KILL_DELAYS = [3, 8, 15, 25, 40];

describe("the archive after a SIGKILL in the middle of «referat»", function () {
  this.timeout(180_000);

  it("lists each meeting with the version its referat head has, seen from another chat of the group", async () => {
    const { bot, storageEnv } = await RestartableBot.onEmbeddedStore();
    const standIn = await ConnectorStandIn.start();
    // A restarted process does not know what the earlier one sent: Teams' 429 tells it.
    standIn.sharedBetweenProcesses();
    const link = async (n: number, start: string): Promise<MeetingFlow> => {
      const flow = new MeetingFlow(() => bot.url(), standIn, meetingChat(n), bot.deliver);
      await flow.meetingStarts(people.secretary, `Møte ${n}`, start);
      await flow.say(people.secretary, "oppsett");
      MeetingFlow.cardOf(await flow.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: TEST_GROUP_ID } }));
      return flow;
    };
    try {
      await importTestGroup(storageEnv);
      const meeting = await link(821, "2025-09-11T08:00:00Z");
      const other = await link(822, "2025-11-20T08:00:00Z");
      assert.equal(
        (await meeting.invoke(people.secretary, "agenda.save", { meetingId: meeting.chat.meetingId, agendaText: AGENDA_TEXT })).status,
        200,
      );
      await meeting.ask(people.chair, "start nå");
      for (const [round, delay] of KILL_DELAYS.entries()) {
        await meeting.ask(people.chair, `notat Notat ${round + 1}`);
        const killed = new Promise((resolve) => setTimeout(resolve, delay)).then(() => bot.killAndRestart());
        // Its answer may be cut short by the kill (a retry after the activity was recorded posts nothing twice).
        assert.equal((await meeting.say(people.secretary, "referat")).status, 200);
        await killed;

        await other.say(people.member, "referat arkiv");
        const archive = JSON.stringify(other.standIn.messages(other.chat.conversationId).at(-1)?.activity ?? {}).replace(/\\\\\./g, ".");
        const listed = Number(/Møte 821[\s\S]*?versjon (\d+), utkast/.exec(archive)?.[1]);
        const head = Number(/versjon (\d+) \(uendret\)/.exec(JSON.stringify((await askReferat(meeting, people.chair)).card))?.[1]);
        assert.equal(head, round + 1, "each changed referat is a new version");
        assert.equal(listed, head, `the archive after a kill ${delay} ms in`);
      }
      assert.equal(bot.restarts, KILL_DELAYS.length);
    } catch (error) {
      throw new Error(`${String(error)}\n--- what the bot processes wrote ---\n${bot.output().slice(-4000)}`);
    } finally {
      await bot.stop();
      await standIn.close();
    }
  });
});
