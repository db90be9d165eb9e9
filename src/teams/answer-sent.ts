import type { TurnContext } from "botbuilder";

const ANSWER_SENT = Symbol("answerSent");

/**
 * Runs one request through the adapter; the turn can learn (`answerSentOf`) when its HTTP
 * answer has been written, for work that is for others and should not delay it.
 */
export async function withAnswerSignal(process: (remember: (context: TurnContext) => void) => Promise<void>): Promise<void> {
  let sent = (): void => undefined;
  const answered = new Promise<void>((resolve) => (sent = resolve));
  try {
    await process((context) => context.turnState.set(ANSWER_SENT, answered));
  } finally {
    sent();
  }
}

export const answerSentOf = (context: TurnContext): Promise<void> | undefined => context.turnState.get<Promise<void>>(ANSWER_SENT);
