/**
 * What Teams takes in one bot message, from "Format your bot messages"
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages): about
 * 100 KB, counted over the whole message (text, mentions, cards) encoded as UTF-16; beyond it the bot
 * gets 413 MessageSizeTooBig. Microsoft recommends keeping a message within 80 KB.
 */
export const MESSAGE_LIMIT_UTF16_BYTES = 100_000;
export const MESSAGE_TARGET_UTF16_BYTES = 80_000;

/** The activity's other fields (addresses, ids, the text format) beside a message's text, with room to spare. */
const ACTIVITY_FIELDS_BYTES = 4_000;

/** Bytes of `text` as UTF-16: two per code unit. */
export const utf16Bytes = (text: string): number => text.length * 2;

/** Whether `text` can be one message's text within Microsoft's recommended size. */
export const fitsOneMessage = (text: string): boolean => utf16Bytes(text) + ACTIVITY_FIELDS_BYTES <= MESSAGE_TARGET_UTF16_BYTES;

/** At most `max` operations in any `windowMs`. */
export interface RateWindow {
  windowMs: number;
  max: number;
}

/**
 * Teams' rate limits for bots, from "Optimize your bot with rate limiting in Teams"
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot per thread
 * (a chat, a channel conversation or a 1:1 chat), sending, replying, updating and deleting messages
 * count 7 in 1 s, 8 in 2 s, 60 in 30 s, and 1,800 in an hour — the hour "only if multiple bot messages
 * are sent to a single user", so in a 1:1 chat (Teams' ids of those begin with `a:`). Beyond them: 429.
 */
const THREAD_RATE_LIMITS: readonly RateWindow[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
];
const ONE_TO_ONE_HOURLY: RateWindow = { windowMs: 3_600_000, max: 1_800 };

export const conversationRateLimits = (conversationId: string): readonly RateWindow[] =>
  conversationId.startsWith("a:") ? [...THREAD_RATE_LIMITS, ONE_TO_ONE_HOURLY] : THREAD_RATE_LIMITS;

/** The same page: "The global limit per app per tenant is 50 Requests Per Second (RPS)", every Bot API call counted. */
export const APP_RATE_LIMITS: readonly RateWindow[] = [{ windowMs: 1_000, max: 50 }];

/** The same page: retry 429 with exponential backoff and random jitter, and also 412, 502 and 504. */
export const RETRIED_STATUSES: readonly number[] = [429, 412, 502, 504];

/**
 * "User Specific Views" of Universal Actions for Adaptive Cards (learn.microsoft.com, microsoftteams/platform/
 * task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views): `refresh.userIds` names at most 60 users.
 */
export const REFRESH_USER_IDS_MAX = 60;
