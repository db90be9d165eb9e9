import assert from "node:assert/strict";
import { meetingChat } from "../../scripts/replay/activities";
import { startBot } from "../../scripts/replay/bot-process";
import { startRunningBot } from "../../scripts/replay/running-bot";
import { alternately } from "../support/alternating-delivery";
import { askReferat, replayScenario } from "../../scripts/replay/replay-scenario";
import { loadScenario } from "../../scripts/replay/scenario";

const scenario = loadScenario("naeringssamarbeid-2025-09-11");

/** Replays the reference meeting to `instances` bot processes on one Cosmos storage, each request to the next in turn. */
async function replayedReferat(instances: 1 | 2): Promise<{ markdown: string; deliveries: number }> {
  const running = await startRunningBot();
  const others = instances === 2 ? [await startBot(running.storage.env)] : [];
  // Two processes in one chat, each within its own budget: Teams' 429 tells each of the other.
  if (instances === 2) running.standIn.sharedBetweenProcesses();
  let deliveries = 0;
  const alternating = alternately([running.bot, ...others]);
  try {
    const replayed = await replayScenario(
      {
        botUrl: () => running.bot.url,
        deliver: (activity) => (deliveries++, alternating(activity)),
        standIn: running.standIn,
        storageEnv: running.storage.env,
      },
      scenario,
      meetingChat(821),
    );
    const answer = await askReferat(replayed.flow, replayed.secretary);
    assert.ok(answer.markdown, "the referat came as a message");
    return { markdown: answer.markdown, deliveries };
  } finally {
    for (const other of others) await other.stop();
    await running.stop();
  }
}

describe("two bot processes on the same Cosmos storage, the replayed meeting's requests alternated between them", function () {
  this.timeout(60_000);

  it("gives the same referat as one process", async () => {
    const single = await replayedReferat(1);
    const pair = await replayedReferat(2);
    process.stdout.write(`      ${pair.deliveries} activities alternated between two processes\n`);
    assert.equal(pair.markdown, single.markdown);
  });
});
