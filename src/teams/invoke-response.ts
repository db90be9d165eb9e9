import { ActivityTypes, type TurnContext } from "botbuilder";
import type { CardActionResult } from "../shared/replies";

/**
 * The Universal Actions response body. botbuilder answers Teams with HTTP status = `statusCode`,
 * as `createAdaptiveCardInvokeErrorResponse` does.
 */
export async function sendInvokeResponse(context: TurnContext, result: CardActionResult): Promise<void> {
  const body =
    result.kind === "card"
      ? { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: result.card }
      : result.kind === "message"
        ? { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: result.text }
        : { statusCode: result.status, type: "application/vnd.microsoft.error", value: { code: result.code, message: result.message } };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: body.statusCode, body } });
}

/** Invokes the bot has no feature for are acknowledged with an empty 200, never a 501. */
export async function sendEmptyInvokeResponse(context: TurnContext): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
}
