import type { TurnContext } from "botbuilder";
import type { IncomingActivity } from "./incoming-activity";

const PARSED = Symbol("parsedActivity");

/**
 * The activity as the HTTP server parsed it (zod, once per request), kept on the turn so the
 * handlers read the same parsed object instead of validating botbuilder's copy again.
 */
export const rememberParsedActivity = (context: TurnContext, activity: IncomingActivity): void => {
  context.turnState.set(PARSED, activity);
};

export function parsedActivityOf(context: TurnContext): IncomingActivity {
  const activity = context.turnState.get<IncomingActivity | undefined>(PARSED);
  if (!activity) throw new Error("The activity reached the application without passing the HTTP server's parser");
  return activity;
}
