import { postActivity } from "../../scripts/replay/bot-client";
import type { BotProcess } from "../../scripts/replay/bot-process";
import type { Deliver } from "../../scripts/replay/meeting-flow";

/** Delivers each activity to the next of `bots` in turn, as a load balancer before several instances would. */
export function alternately(bots: BotProcess[]): Deliver {
  let next = 0;
  return (activity) => {
    const bot = bots[next++ % bots.length];
    if (!bot) throw new Error("alternately: no bot processes");
    return postActivity(bot.url, activity);
  };
}
