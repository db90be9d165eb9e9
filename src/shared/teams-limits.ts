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
