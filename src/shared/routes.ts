import type { z } from "zod";
import type { Versioned } from "../storage/etag-update";
import type { Language } from "./language";
import { meetingFromCard } from "./meeting/find-meeting";
import { leaderRole } from "./meeting/leader-role";
import { roleIn, type Meeting, type MeetingRole } from "./meeting/meeting";
import { badRequest, forbidden, notFound } from "./refusals";
import type { CardActionResult, Reply } from "./replies";
import { textsFor } from "./texts";
import type { Turn } from "./turn";
import type { CoreServices } from "./bot-services";

/**
 * What each feature declares, and the router dispatches: its card actions (by verb), its typed
 * commands and the Teams events it listens to. Only the router and the edge see them all.
 * `S` is the services the declaring feature uses (its `services.ts`); a feature binds the helpers
 * to them once with `routesFor<S>()`.
 */

/** A card click as the edge read it (Action.Execute invoke or legacy Action.Submit): verb and data, inputs merged. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

export interface CardClick<Data, S extends CoreServices = CoreServices> {
  turn: Turn<S>;
  data: Data;
  /** The message the clicked card is in (to update it in place for everyone). */
  replyToId?: string;
}

/** One verb a card can send. The router parses `data` with `schema` before `run` sees it. */
export interface CardActionRoute<S extends CoreServices = CoreServices> {
  verb: string;
  schema: z.ZodTypeAny;
  /** Its answer card shows nothing personal or leaders-only: it may stand as a new message for everyone. */
  answerForEveryone?: boolean;
  run(turn: Turn<S>, data: Record<string, unknown>, replyToId?: string): Promise<CardActionResult>;
}

interface RouteSpec<S extends z.ZodTypeAny> {
  verb: string;
  schema: S;
  /** The answer to data that does not match the schema; by default 400 "this button is no longer in use". */
  invalid?: (language: Language) => CardActionResult;
  /** Its answer card shows nothing personal or leaders-only (the help card). */
  answerForEveryone?: true;
}

/** Parses the data with the route's schema; data that does not match gets `invalid` (400 "no longer in use" by default). */
function parsedRoute<Sv extends CoreServices, S extends z.ZodTypeAny>(
  spec: RouteSpec<S>,
  next: (turn: Turn<Sv>, data: z.infer<S>, raw: Record<string, unknown>, replyToId?: string) => Promise<CardActionResult>,
): CardActionRoute<Sv> {
  return {
    verb: spec.verb,
    schema: spec.schema,
    ...(spec.answerForEveryone ? { answerForEveryone: true } : {}),
    async run(turn, raw, replyToId) {
      const parsed = spec.schema.safeParse(raw);
      if (parsed.success) return next(turn, parsed.data as z.infer<S>, raw, replyToId);
      const language = turn.conversation.language;
      return spec.invalid ? spec.invalid(language) : badRequest(textsFor(language).unknownAction);
    },
  };
}

/** A card action whose data is parsed with its schema. */
function cardAction<Sv extends CoreServices, S extends z.ZodTypeAny>(
  spec: RouteSpec<S> & { handle(click: CardClick<z.infer<S>, Sv>): Promise<CardActionResult> },
): CardActionRoute<Sv> {
  return parsedRoute<Sv, S>(spec, (turn, data, _raw, replyToId) => spec.handle({ turn, data, replyToId }));
}

/**
 * A click on a card of a meeting (its data names `meetingId`): the meeting must be this chat's,
 * else 404 — an id forged or copied from another chat finds nothing. `leadersOnly`: the chair's
 * and the secretary's buttons; anyone else gets 403 with the reason, and nothing runs.
 */
function meetingCardAction<Sv extends CoreServices, S extends z.ZodTypeAny>(
  spec: RouteSpec<S> & {
    /** Also from the person's 1:1 chat with the bot; `handle` must check they may act on this meeting. */
    fromPersonalChat?: boolean;
    leadersOnly?: boolean;
    handle(click: CardClick<z.infer<S>, Sv> & { meeting: Versioned<Meeting>; role: MeetingRole }): Promise<CardActionResult>;
  },
): CardActionRoute<Sv> {
  return parsedRoute<Sv, S>(spec, async (turn, data, raw, replyToId) => {
    const meeting = await meetingFromCard(turn, raw, { fromPersonalChat: spec.fromPersonalChat === true });
    if (!meeting) return notFound(textsFor(turn.conversation.language).noMeeting);
    if (!spec.leadersOnly) return spec.handle({ turn, data, replyToId, meeting, role: roleIn(meeting.doc, turn.from.aadObjectId) });
    const allowed = leaderRole(turn, meeting.doc);
    if ("refusal" in allowed) return forbidden(allowed.refusal);
    return spec.handle({ turn, data, replyToId, meeting, role: allowed.role });
  });
}

/** A typed command: its Norwegian name and English alias, what `hjelp` says of it, and its handler. */
export interface CommandRoute<S extends CoreServices = CoreServices> {
  id: string;
  names: Record<Language, string>;
  description: Record<Language, string>;
  /** In the Teams command menu (appPackage/manifest.json): Teams allows 10 per menu. */
  menu: boolean;
  /** `args`: the text after the command word. */
  handle(turn: Turn<S>, args: string): Promise<Reply[]>;
}

/** What happened in Teams, in the bot's terms; the edge maps Teams' event names to these. */
export type TeamsEvent =
  | { kind: "botAdded" }
  | { kind: "botRemoved" }
  | { kind: "meetingStart"; title?: string; startTime?: Date }
  | { kind: "meetingEnd"; endTime?: Date }
  | { kind: "participantJoin"; value: unknown }
  | { kind: "participantLeave"; value: unknown };

export type EventRoute<S extends CoreServices = CoreServices> = {
  [K in TeamsEvent["kind"]]: {
    event: K;
    /** Replies are posted to the conversation the event came from. */
    handle(turn: Turn<S>, event: Extract<TeamsEvent, { kind: K }>): Promise<Reply[] | void>;
  };
}[TeamsEvent["kind"]];

/**
 * The route helpers bound to one feature's services, so its handlers see the stores it declared:
 * `export const { cardAction, meetingCardAction } = routesFor<FollowUpServices>();` in its `services.ts`.
 */
export function routesFor<Sv extends CoreServices>() {
  return {
    cardAction: <S extends z.ZodTypeAny>(spec: Parameters<typeof cardAction<Sv, S>>[0]) => cardAction<Sv, S>(spec),
    meetingCardAction: <S extends z.ZodTypeAny>(spec: Parameters<typeof meetingCardAction<Sv, S>>[0]) => meetingCardAction<Sv, S>(spec),
  };
}
