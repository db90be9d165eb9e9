/**
 * Activity builders on top of the real Teams payload fixtures: each call loads a fresh copy of a fixture and
 * replaces only the values the test chooses (user, chat, bot, text, value, ids, timestamps, locale, serviceUrl).
 */
import { randomUUID } from "node:crypto";
import { BOT, personalGraphChatId, type Chat, type Person } from "./chats";
import { child, loadPayload, recordsOf, stringOf } from "./payloads";

export { BOT, people, meetingChat, personalChat, groupChat, channelChat, meetingIdFor } from "./chats";
export type { Chat, Person } from "./chats";

export interface BuildOptions {
  serviceUrl: string;
  chat: Chat;
  from: Person;
  locale?: string;
  botId?: string;
  botName?: string;
}
export interface MeetingMember {
  person: Person;
  role?: string;
}

const DEFAULT_LOCALE = "nb-NO";
const TIME_ZONE = "Europe/Oslo";

let lastMessageId = 0;
/** Teams-like numeric message id (epoch ms), unique within the process. */
function nextMessageId(): string {
  lastMessageId = Math.max(Date.now(), lastMessageId + 1);
  return String(lastMessageId);
}

/** `2025-10-31T11:05:12.123+01:00` in Europe/Oslo, like Teams' `localTimestamp`. */
function localTimestamp(d: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    timeZoneName: "longOffset",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  const offset = get("timeZoneName").replace("GMT", "") || "+00:00";
  const ms = String(d.getUTCMilliseconds()).padStart(3, "0");
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}.${ms}${offset}`;
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function botOf(o: BuildOptions): { id: string; name: string } {
  return { id: o.botId ?? BOT.id, name: o.botName ?? BOT.name };
}

/** A channel conversation id without its `;messageid=…` thread suffix. */
function channelIdOf(chat: Chat): string {
  return chat.conversationId.split(";")[0] ?? chat.conversationId;
}

/** Keeps the fixture's key set for an identity (from/recipient): `id` always, `name`/`aadObjectId` only if the fixture had them. */
function identity(fixture: unknown, id: string, name: string, aadObjectId?: string): Record<string, unknown> {
  const keys = recordsOf([fixture])[0] ?? {};
  const out: Record<string, unknown> = { id };
  if ("name" in keys) out.name = name;
  if ("aadObjectId" in keys && aadObjectId !== undefined) out.aadObjectId = aadObjectId;
  return out;
}

function conversationOf(chat: Chat): Record<string, unknown> {
  const conversation: Record<string, unknown> =
    chat.kind === "personal"
      ? { conversationType: "personal", tenantId: chat.tenantId, id: chat.conversationId }
      : {
          isGroup: true,
          conversationType: chat.kind === "channel" ? "channel" : "groupChat",
          tenantId: chat.tenantId,
          id: chat.conversationId,
        };
  if (chat.name !== undefined && chat.kind !== "personal") conversation.name = chat.name;
  return conversation;
}

/** Loads `fixture` and fills in everything common: serviceUrl, from, recipient, conversation, tenant, meeting, locale, timestamps. */
function base(fixture: string, o: BuildOptions, now = new Date()): Record<string, unknown> {
  const a = loadPayload(fixture);
  const bot = botOf(o);
  const locale = o.locale ?? DEFAULT_LOCALE;
  a.serviceUrl = o.serviceUrl;
  a.from = identity(a.from, o.from.id, o.from.name, o.from.aadObjectId);
  a.recipient = identity(a.recipient, bot.id, bot.name);
  a.conversation = conversationOf(o.chat);
  const channelData = child(a, "channelData");
  channelData.tenant = { id: o.chat.tenantId };
  if (o.chat.meetingId !== undefined) channelData.meeting = { id: o.chat.meetingId };
  else delete channelData.meeting;
  if ("timestamp" in a) a.timestamp = now.toISOString();
  if ("localTimestamp" in a) a.localTimestamp = localTimestamp(now);
  if ("localTimezone" in a) a.localTimezone = TIME_ZONE;
  if ("locale" in a) a.locale = locale;
  const country = locale.split("-")[1]?.toUpperCase();
  for (const entity of recordsOf(a.entities)) {
    if (entity.type !== "clientInfo") continue;
    entity.locale = locale;
    if ("country" in entity && country) entity.country = country;
    if ("timezone" in entity) entity.timezone = TIME_ZONE;
  }
  return a;
}

/** 01b-style channel fields for messages and invokes in a channel. */
function addChannelFields(a: Record<string, unknown>, chat: Chat): void {
  if (chat.kind !== "channel") return;
  const channelData = child(a, "channelData");
  const channelId = channelIdOf(chat);
  const teamId = chat.teamId ?? channelId;
  Object.assign(channelData, { teamsChannelId: channelId, teamsTeamId: teamId, channel: { id: channelId }, team: { id: teamId } });
}

export function message(o: BuildOptions & { text: string; mention?: boolean }): Record<string, unknown> {
  const personal = o.chat.kind === "personal";
  const mention = o.mention ?? !personal;
  const now = new Date();
  const a = base(personal ? "02b" : "01", o, now);
  a.id = nextMessageId();
  if (personal) Object.assign(a, { localTimestamp: localTimestamp(now), localTimezone: TIME_ZONE, locale: o.locale ?? DEFAULT_LOCALE });
  addChannelFields(a, o.chat);
  const bot = botOf(o);
  const at = `<at>${bot.name}</at>`;
  a.text = mention ? `${at} ${o.text}` : o.text;
  const entities = recordsOf(a.entities).filter((e) => e.type !== "mention");
  if (mention) entities.unshift({ mentioned: { id: bot.id, name: bot.name }, text: at, type: "mention" });
  a.entities = entities;
  const mentionHtml = `<span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${htmlEscape(bot.name)}</span>&nbsp;`;
  if (mention || !personal) {
    a.attachments = [{ contentType: "text/html", content: `<p>${mention ? mentionHtml : ""}${htmlEscape(o.text)}</p>` }];
  }
  return a;
}

export function cardInvoke(
  o: BuildOptions & {
    verb: string;
    data?: Record<string, unknown>;
    title?: string;
    replyToId: string;
    trigger?: "manual" | "automatic";
  },
): Record<string, unknown> {
  const a = base("03a", o);
  a.id = `f:${randomUUID()}`;
  addChannelFields(a, o.chat);
  const action: Record<string, unknown> = { type: "Action.Execute" };
  if (o.title !== undefined) action.title = o.title;
  action.verb = o.verb;
  action.data = o.data ?? {};
  a.value = { action, trigger: o.trigger ?? "manual" };
  a.replyToId = o.replyToId;
  child(child(a, "channelData"), "legacy").replyToId = `1:${randomUUID().replace(/-/g, "")}`;
  return a;
}

export function cardSubmit(o: BuildOptions & { value: Record<string, unknown>; replyToId: string }): Record<string, unknown> {
  const a = base("04a", o);
  a.id = nextMessageId();
  addChannelFields(a, o.chat);
  delete a.text;
  a.value = o.value;
  a.replyToId = o.replyToId;
  return a;
}

/** conversationUpdate with the bot in membersAdded: 07b (group/meeting), 07d (personal, user added too), 07a (channel). */
export function botAdded(o: BuildOptions): Record<string, unknown> {
  const bot = botOf(o);
  const kind = o.chat.kind;
  const a = base(kind === "personal" ? "07d" : kind === "channel" ? "07a" : "07b", o);
  a.id = `f:${randomUUID()}`;
  a.membersAdded =
    kind === "personal"
      ? [{ id: bot.id }, { id: o.from.id, ...(o.from.aadObjectId === undefined ? {} : { aadObjectId: o.from.aadObjectId }) }]
      : [{ id: bot.id }];
  if (kind === "channel") setTeamChannelData(a, o.chat);
  return a;
}

/** installationUpdate action "add": 08b (group/meeting), 08c (personal), 08a (channel). */
export function installed(o: BuildOptions): Record<string, unknown> {
  const kind = o.chat.kind;
  const a = base(kind === "personal" ? "08c" : kind === "channel" ? "08a" : "08b", o);
  a.id = `f:${randomUUID()}`;
  a.action = "add";
  const selected =
    kind === "personal" ? personalGraphChatId(o.from, botOf(o).id) : kind === "channel" ? channelIdOf(o.chat) : o.chat.conversationId;
  child(child(a, "channelData"), "settings").selectedChannel = { id: selected };
  if (kind === "channel") setTeamChannelData(a, o.chat);
  return a;
}

/** 07a/08a-style team fields; keeps the fixture's aadGroupId/name, replaces the ids. */
function setTeamChannelData(a: Record<string, unknown>, chat: Chat): void {
  const channelData = child(a, "channelData");
  const channelId = channelIdOf(chat);
  child(channelData, "team").id = chat.teamId ?? channelId;
  child(child(channelData, "settings"), "selectedChannel").id = channelId;
  if ("channel" in channelData) channelData.channel = { id: channelId };
}

function requireMeeting(o: BuildOptions, what: string): string {
  if (o.chat.meetingId === undefined) throw new Error(`${what}: chat ${o.chat.conversationId} has no meetingId`);
  return o.chat.meetingId;
}

/** Teams' meetup-join link for the chat (lower-case percent escapes like the real one). */
function joinUrl(o: BuildOptions): string {
  const enc = (s: string): string => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const context = JSON.stringify({ Tid: o.chat.tenantId, Oid: o.from.aadObjectId ?? "" });
  return `https://teams.microsoft.com/l/meetup-join/${enc(o.chat.conversationId)}/0?context=${enc(context)}`;
}

function meetingEvent(
  fixture: "05a" | "05b",
  o: BuildOptions,
  title: string,
  time: { StartTime: string } | { EndTime: string },
): Record<string, unknown> {
  const meetingId = requireMeeting(o, fixture === "05a" ? "meetingStart" : "meetingEnd");
  const at = "StartTime" in time ? time.StartTime : time.EndTime;
  const a = base(fixture, o, new Date(at));
  a.id = nextMessageId();
  a.from = identity(a.from, o.from.id, "", o.from.aadObjectId); // the real captures have from.name ""
  a.value = { MeetingType: "Scheduled", Title: title, Id: meetingId, JoinUrl: joinUrl(o), ...time };
  return a;
}

/** application/vnd.microsoft.meetingStart with PascalCase value keys (05a); `from.name` is "" as in the real capture. */
export function meetingStart(o: BuildOptions & { title?: string; startTime?: string }): Record<string, unknown> {
  return meetingEvent("05a", o, o.title ?? "Test Meeting", { StartTime: o.startTime ?? new Date().toISOString() });
}

/** application/vnd.microsoft.meetingEnd (05b). `title` is an addition so start and end can agree. */
export function meetingEnd(o: BuildOptions & { endTime?: string; title?: string }): Record<string, unknown> {
  return meetingEvent("05b", o, o.title ?? "Test Meeting", { EndTime: o.endTime ?? new Date().toISOString() });
}

function participantEvent(fixture: "06c" | "06d", o: BuildOptions & { members: MeetingMember[] }): Record<string, unknown> {
  requireMeeting(o, fixture === "06c" ? "participantJoin" : "participantLeave");
  const a = base(fixture, o);
  delete a.id; // real participant events carry no activity id
  const joining = fixture === "06c";
  a.value = {
    members: o.members.map(({ person, role }) => {
      const user: Record<string, unknown> = { tenantId: o.chat.tenantId };
      if (person.aadObjectId !== undefined) user.objectId = person.aadObjectId;
      Object.assign(user, { id: person.id, name: person.name });
      if (person.aadObjectId !== undefined) user.aadObjectId = person.aadObjectId;
      const meeting: Record<string, unknown> = { inMeeting: joining };
      if (joining || role !== undefined) meeting.role = role ?? "Attendee";
      return { user, meeting };
    }),
  };
  return a;
}

/** application/vnd.microsoft.meetingParticipantJoin (06c); role defaults to 'Attendee'. No activity id. */
export function participantJoin(o: BuildOptions & { members: MeetingMember[] }): Record<string, unknown> {
  return participantEvent("06c", o);
}

/** application/vnd.microsoft.meetingParticipantLeave (06d): inMeeting false, role only if given. No activity id. */
export function participantLeave(o: BuildOptions & { members: MeetingMember[] }): Record<string, unknown> {
  return participantEvent("06d", o);
}

/** The `text` of the activity's mention entity for the bot, if any (handy in assertions). */
export function mentionTextOf(activity: Record<string, unknown>): string | undefined {
  return stringOf(recordsOf(activity.entities).find((e) => e.type === "mention")?.text);
}
