import { groupChat, people } from "../scripts/replay/activities";
import { startRunningBot, type RunningBot } from "../scripts/replay/running-bot";
import { MeetingFlow } from "../scripts/replay/meeting-flow";

describe("scratch", () => {
  let running: RunningBot;
  before(async () => {
    running = await startRunningBot({});
  });
  after(async () => running?.stop());
  it("quick start", async () => {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, groupChat(1));
    const kari = people.chair;
    let seen = 0;
    const dump = (label: string) => {
      const rec = running.standIn.recorded(flow.chat.conversationId);
      console.log(`--- ${label}`);
      for (const r of rec.slice(seen)) console.log(r.operation, JSON.stringify(r.activity.text ?? r.activity.attachments).slice(0, 600));
      seen = rec.length;
    };
    for (const cmd of ["oppsett", "møte ny Faggruppemøte 10.12.2026 10:00-12:00", "agenda", "start", "rundebord", "referat"]) {
      const r = await flow.say(kari, cmd);
      await new Promise((res) => setTimeout(res, 300));
      dump(cmd + " " + r.status);
    }
  });
});
