import { DETAIL_LIMITS, type Meeting, type MeetingDetails } from "../../shared/meeting/meeting";

export type DetailRefusal = "introTooLong" | "papersNotHttps" | "papersTooLong" | "papersTextTooLong" | "archiveRefTooLong";

/** What the chair or secretary typed; a field left out is unchanged, an empty one is removed. */
export interface DetailsInput {
  intro?: string;
  papersUrl?: string;
  papersText?: string;
  archiveRef?: string;
}

/** The fields to set (a value) or remove (undefined). */
export type DetailsChange = { [K in keyof MeetingDetails]?: MeetingDetails[K] | undefined };

/** Checks each given field against its limit; the papers link must be an https URL. */
export function parseDetails(input: DetailsInput): { change: DetailsChange } | { refusal: DetailRefusal } {
  const change: DetailsChange = {};
  if (input.intro !== undefined) {
    const intro = input.intro.trim();
    if (intro.length > DETAIL_LIMITS.intro) return { refusal: "introTooLong" };
    change.intro = intro || undefined;
  }
  if (input.papersUrl !== undefined) {
    const url = input.papersUrl.trim();
    const text = input.papersText?.replace(/\s+/g, " ").trim() ?? "";
    if (url.length > DETAIL_LIMITS.papersUrl) return { refusal: "papersTooLong" };
    if (text.length > DETAIL_LIMITS.papersText) return { refusal: "papersTextTooLong" };
    if (url === "") change.papers = undefined;
    else if (!isHttps(url)) return { refusal: "papersNotHttps" };
    else change.papers = { url: new URL(url).href, ...(text ? { text } : {}) };
  }
  if (input.archiveRef !== undefined) {
    const archiveRef = input.archiveRef.replace(/\s+/g, " ").trim();
    if (archiveRef.length > DETAIL_LIMITS.archiveRef) return { refusal: "archiveRefTooLong" };
    change.archiveRef = archiveRef || undefined;
  }
  return { change };
}

function isHttps(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === "https:" && parsed.hostname !== "" && parsed.username === "" && parsed.password === "";
}

/** The meeting with the change applied; no `details` at all once every field is removed. */
export function withDetails(meeting: Meeting, change: DetailsChange): Meeting {
  const merged: MeetingDetails = { ...meeting.details };
  for (const [key, value] of Object.entries(change) as Array<[keyof MeetingDetails, MeetingDetails[keyof MeetingDetails]]>) {
    if (value === undefined) delete merged[key];
    else Object.assign(merged, { [key]: value });
  }
  const { details: _previous, ...rest } = meeting;
  return Object.keys(merged).length > 0 ? { ...rest, details: merged } : rest;
}
