import { meetingChat } from "../../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { askReferat, replayScenario, type ReferatAnswer, type Replayed } from "../../scripts/replay/replay-scenario";
import { loadScenario, type Scenario } from "../../scripts/replay/scenario";

export const REFERENCE_SCENARIO = "naeringssamarbeid-2025-09-11";

export interface ReferenceMeeting {
  running: RunningBot;
  scenario: Scenario;
  replayed: Replayed;
  /** The secretary's `referat`, as `npm run demo` asks for it. */
  answer: ReferatAnswer;
}

/** A bot of its own with the reference meeting replayed to it over HTTP in meeting chat `chatNumber`, and its draft referat. */
export async function replayReferenceMeeting(chatNumber: number): Promise<ReferenceMeeting> {
  const running = await startRunningBot();
  const scenario = loadScenario(REFERENCE_SCENARIO);
  const replayed = await replayScenario(
    { botUrl: () => running.bot.url, standIn: running.standIn, storageEnv: running.storage.env },
    scenario,
    meetingChat(chatNumber),
  );
  return { running, scenario, replayed, answer: await askReferat(replayed.flow, replayed.secretary) };
}
