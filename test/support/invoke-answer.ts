import type { HttpResult } from "../../scripts/replay/bot-client";

/** The text of an invoke's answer: a message, or an error response's message. */
export function answerOf(response: HttpResult): string {
  const body = response.body as { type?: string; value?: unknown } | undefined;
  if (body?.type === "application/vnd.microsoft.activity.message" && typeof body.value === "string") return body.value;
  const error = body?.value as { message?: unknown } | undefined;
  if (body?.type === "application/vnd.microsoft.error" && typeof error?.message === "string") return error.message;
  throw new Error(`not a message or an error: ${response.status} ${response.text.slice(0, 300)}`);
}
