import type { PanelHost } from "./host";
import type { PanelState } from "./state";

export type ActionAnswer = {
  status: number;
  body: { message?: string; error?: string; saved?: boolean; theirs?: { text: string; version: string } };
};

/** The panel's API: the state (polled with its ETag) and the actions, each with the user's token. */
export class PanelApi {
  private etag: string | undefined;
  municipality: string | undefined;

  constructor(private readonly host: PanelHost) {}

  private async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    return { Authorization: await this.host.authorization(), ...extra };
  }

  /** The state if it changed since the last answer; undefined if not. Throws with the status otherwise. */
  async state(): Promise<PanelState | undefined> {
    const query = new URLSearchParams({ chatId: this.host.chatId, ...(this.municipality ? { municipality: this.municipality } : {}) });
    const response = await fetch(`/api/panel/state?${query}`, {
      headers: await this.headers(this.etag ? { "If-None-Match": this.etag } : {}),
      cache: "no-store",
    });
    if (response.status === 304) return undefined;
    if (!response.ok) throw Object.assign(new Error(await errorOf(response)), { status: response.status });
    this.etag = response.headers.get("ETag") ?? undefined;
    return (await response.json()) as PanelState;
  }

  /** Forget the version held: the next poll gets the state even if unchanged (after choosing another municipality). */
  forget(): void {
    this.etag = undefined;
  }

  /** One action; a network failure is retried once with the same request id (the server applies it once). */
  async act(action: Record<string, unknown>): Promise<ActionAnswer> {
    const body = JSON.stringify({ chatId: this.host.chatId, requestId: crypto.randomUUID(), action });
    const send = async () =>
      fetch("/api/panel/action", { method: "POST", headers: await this.headers({ "Content-Type": "application/json" }), body });
    const response = await send().catch(() => send());
    const answer = (await response.json().catch(() => ({}))) as ActionAnswer["body"];
    this.etag = undefined;
    return { status: response.status, body: answer };
  }
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  return body.error ?? String(response.status);
}
