import type { TurnContext } from "botbuilder";
import type { Logger } from "../logging/logger";
import { isStorageOutage } from "../storage/storage-errors";
import { languageOf, type Language } from "../shared/language";
import { textsFor } from "../shared/texts";
import { sendInvokeResponse } from "./invoke-response";
import { internalError, storageUnavailable } from "../shared/refusals";
import { OutgoingQueueFull } from "../shared/outgoing/outgoing-scheduler";

/**
 * Runs a route and turns any failure into a clear answer: an error response for a card click,
 * a short Norwegian message otherwise. Nothing escapes to botbuilder's 500 page.
 */
export async function answerFailures(
  context: TurnContext,
  log: Logger,
  work: () => Promise<void>,
  fixedLanguage?: Language,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof OutgoingQueueFull && context.activity.type !== "invoke") {
      // The chat is flooded: the scheduler has logged the dropped answer, and an error message would be dropped too.
      log.info({ activityType: context.activity.type }, "answer dropped: the chat's messages to Teams are full");
      return;
    }
    const outage = isStorageOutage(error);
    const { type, name } = context.activity;
    log.error({ err: error, activityType: type, activityName: name, outage }, "turn failed");
    const texts = textsFor(languageOf(context.activity, fixedLanguage));
    const message = outage ? texts.storageDown : texts.internalError;
    try {
      if (type === "invoke") {
        await sendInvokeResponse(context, outage ? storageUnavailable(message) : internalError(message));
      } else if (type === "message") {
        await context.sendActivity(message);
      }
    } catch (sendError) {
      log.error({ err: sendError }, "could not tell the user about the failure");
    }
  }
}
