import { postActivity } from "../harness/bot-client";
import type { BotProcess } from "../harness/bot-process";
import type { Deliver } from "./meeting-flow";

/** Delivers each activity to the next of `bots` in turn, as a load balancer before several instances would. */
export function alternately(bots: BotProcess[]): Deliver {
  let next = 0;
  return (activity) => {
    const bot = bots[next++ % bots.length];
    if (!bot) throw new Error("alternately: no bot processes");
    return postActivity(bot.url, activity);
  };
}
