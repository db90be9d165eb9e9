/**
 * Test people and conversations with Teams-shaped identifiers (29: MRIs, 19:meeting_…@thread.v2, a:… ids).
 * Re-exported from activities.ts.
 */
import { createHash, randomUUID } from "node:crypto";
import { DEFAULT_TENANT_ID } from "./payloads";

/** id is the 29:… MRI */
export interface Person {
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface Chat {
  kind: "personal" | "meeting" | "groupChat" | "channel";
  conversationId: string;
  meetingId?: string;
  tenantId: string;
  /** optional chat topic / channel name; becomes `conversation.name` where Teams sends one (installationUpdate, channel events) */
  name?: string;
  /** channel chats only: the team's `19:…@thread.tacv2` id */
  teamId?: string;
}

/** The bot: `recipient` by default. */
export const BOT = { id: "28:c9a052ed-f68c-4227-b081-01da0669c49c", name: "Møtebot" };

function digest(seed: string, bytes = 32): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < bytes; i++) out.push(createHash("sha256").update(`${seed}#${i}`).digest());
  return Buffer.concat(out).subarray(0, bytes);
}

/** A deterministic version-4-shaped GUID derived from `seed`. */
export function guidFrom(seed: string): string {
  const h = digest(seed, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A deterministic Teams user MRI (`29:1…`, 87 characters after the prefix like real ones). */
export function mriFrom(seed: string): string {
  return `29:1${digest(`mri:${seed}`, 64).toString("base64url")}`;
}

export const people: { chair: Person; secretary: Person; member: Person; other: Person; anonymous: Person } = {
  chair: { id: mriFrom("chair"), name: "Kari Nordmann", aadObjectId: "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c14" },
  secretary: { id: mriFrom("secretary"), name: "Ola Bakken", aadObjectId: "9a1d4e7b-2c3f-4b8a-a6d5-e07c91b2f384" },
  member: { id: mriFrom("member"), name: "Ingrid Haugen", aadObjectId: "c47e0b92-5f1a-4d3e-8b6c-21a9d8e4f570" },
  other: { id: mriFrom("other"), name: "Lars Johansen", aadObjectId: "5b8f3c6d-9e2a-4f1b-b7c4-0d6e2a9f1b83" },
  anonymous: { id: mriFrom("anonymous"), name: "Sigrid Lie (Guest)" },
};

let autoCounter = 0;
const autoSalt = randomUUID();
function seedFor(kind: string, n: number | undefined): string {
  return n === undefined ? `${kind}:auto:${autoSalt}:${++autoCounter}` : `${kind}:${n}`;
}

/** base64 of `0#<chat thread id>#<message id or 0>`, as Teams builds `channelData.meeting.id`. */
export function meetingIdFor(threadId: string, messageId = "0"): string {
  return Buffer.from(`0#${threadId}#${messageId}`, "utf8").toString("base64");
}

/** A meeting chat. The same `n` gives the same chat; without `n` every call gives a new, unique chat. */
export function meetingChat(n?: number): Chat {
  const inner = Buffer.from(guidFrom(seedFor("meeting", n)), "utf8").toString("base64");
  const conversationId = `19:meeting_${inner}@thread.v2`;
  return { kind: "meeting", conversationId, meetingId: meetingIdFor(conversationId), tenantId: DEFAULT_TENANT_ID };
}

/** The user's 1:1 chat with the bot (`a:…` conversation id, stable per person). */
export function personalChat(person: Person): Chat {
  return {
    kind: "personal",
    conversationId: `a:1${digest(`personal:${person.id}`, 96).toString("base64url")}`,
    tenantId: DEFAULT_TENANT_ID,
  };
}

/** A group chat that is not a meeting chat. Same `n` → same chat; no `n` → unique. */
export function groupChat(n?: number): Chat {
  return {
    kind: "groupChat",
    conversationId: `19:${digest(seedFor("group", n), 16).toString("hex")}@thread.v2`,
    tenantId: DEFAULT_TENANT_ID,
  };
}

/** A team channel (not in the brief's list; provided because Chat allows kind 'channel'). Same `n` → same channel. */
export function channelChat(n?: number): Chat {
  const seed = seedFor("channel", n);
  return {
    kind: "channel",
    conversationId: `19:${digest(seed, 16).toString("hex")}@thread.tacv2`,
    teamId: `19:${digest(`team:${seed}`, 24).toString("base64url")}@thread.tacv2`,
    tenantId: DEFAULT_TENANT_ID,
    name: "Generelt",
  };
}

/** The Graph-style id of a 1:1 chat, as in 08c's `settings.selectedChannel.id`: `19:<user aad>_<bot app id>@unq.gbl.spaces`. */
export function personalGraphChatId(person: Person, botId: string): string {
  return `19:${person.aadObjectId ?? guidFrom(person.id)}_${botId.replace(/^28:/, "")}@unq.gbl.spaces`;
}
