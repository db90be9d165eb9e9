import assert from "node:assert/strict";
import type { ConnectorStandIn } from "./connector-standin";
import { cardInvoke, message, meetingStart, type Chat, type Person, type BuildOptions } from "./activities";
import { clickActivity, postActivity, type HttpResult } from "./bot-client";

/** How an activity reaches the bot: by default one POST to its current URL. */
export type Deliver = (activity: Record<string, unknown>) => Promise<HttpResult>;

/** Drives one meeting chat as its people would: typed commands, clicks, Teams events. */
export class MeetingFlow {
  constructor(
    readonly botUrl: () => string,
    readonly standIn: ConnectorStandIn,
    readonly chat: Chat,
    readonly post: Deliver = (activity) => postActivity(botUrl(), activity),
  ) {}

  as(person: Person): BuildOptions {
    return { serviceUrl: this.standIn.url, chat: this.chat, from: person };
  }

  say(person: Person, text: string): Promise<HttpResult> {
    return this.post(message({ ...this.as(person), text }));
  }

  /** Sends a command and returns the bot's first text reply (or, if none, its first message) in this chat. */
  async ask(person: Person, text: string): Promise<string> {
    const before = this.standIn.recorded(this.chat.conversationId).length;
    const response = await this.say(person, text);
    assert.equal(response.status, 200, `"${text}" answered ${response.status}`);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const fresh = this.standIn
        .recorded(this.chat.conversationId)
        .slice(before)
        .filter((a) => a.operation !== "update");
      const answer =
        fresh.find((a) => typeof a.activity.text === "string") ??
        (response.status === 200 && fresh.length > 0 && Date.now() > deadline - 4000 ? fresh[0] : undefined);
      if (answer) return typeof answer.activity.text === "string" ? answer.activity.text : JSON.stringify(answer.activity);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no answer to "${text}"`);
  }

  /**
   * Clicks `action` on the latest card in the chat — or, with `on`, on the latest card that
   * has an action with that verb (the meeting card and the check-in card live side by side).
   */
  click(
    person: Person,
    action: string,
    options: { inputs?: Record<string, unknown>; card?: Record<string, unknown>; on?: string; activityId?: string } = {},
  ): Promise<HttpResult> {
    const { on, ...rest } = options;
    const activityId = on ? this.messageWith(on) : undefined;
    return this.post(
      clickActivity({ standIn: this.standIn, build: this.as(person), action, ...rest, ...(activityId ? { activityId } : {}) }),
    );
  }

  /** The id of the latest message whose card carries `verb`. */
  messageWith(verb: string): string {
    const message = this.standIn
      .messages(this.chat.conversationId)
      .filter((m) => JSON.stringify(m.activity).includes(`"verb":"${verb}"`))
      .at(-1);
    assert.ok(message, `no card with ${verb} in the chat`);
    return message.activityId;
  }

  /** The card an invoke answered with (the clicker's own view). */
  static cardOf(response: HttpResult): Record<string, unknown> {
    assert.equal(response.status, 200, `invoke answered ${response.status}: ${response.text}`);
    const body = response.body as { type?: string; value?: Record<string, unknown> };
    assert.equal(body.type, "application/vnd.microsoft.card.adaptive", response.text);
    assert.ok(body.value);
    return body.value;
  }

  invoke(person: Person, verb: string, data: Record<string, unknown>, id?: string): Promise<HttpResult> {
    const activity = cardInvoke({ ...this.as(person), verb, data: { verb, ...data }, replyToId: "1" });
    if (id) activity.id = id;
    return this.post(activity);
  }

  meetingStarts(from: Person, title: string, startTime: string): Promise<HttpResult> {
    return this.post(meetingStart({ ...this.as(from), title, startTime }));
  }
}

export const AGENDA_TEXT = [
  "Sak 1: Godkjenning av innkalling og dagsorden",
  "Sak 2 Handlingsprogram 2026",
  "Sak 3 Runde rundt bordet – Entreprenørskap og scale-up",
].join("\n");
