import type { Attendee } from "../../../src/features/attendance/attendee";
import type { FollowUp } from "../../../src/features/followups/follow-up";
import type { Meeting } from "../../../src/shared/meeting/meeting";
import type { ReferatSources } from "../../../src/features/referat/build-referat";
import type { RoundTableEntry } from "../../../src/features/roundtable/roundtable";

/** The stored documents a referat is built from, as small as a test needs them. */
export const at = "2025-09-11T08:00:00.000Z";

export const person = (name: string, extra: Partial<Attendee> = {}): Attendee => ({
  id: `attendee:${name}`,
  meetingId: "m",
  docType: "attendee",
  personKey: name,
  aadObjectId: `aad-${name}`,
  name,
  guest: false,
  checkedInAt: at,
  updatedAt: at,
  ...extra,
});

export const entry = (municipality: string, names: string[], bullets: string[]): RoundTableEntry => ({
  id: `rt:${municipality}`,
  meetingId: "m",
  docType: "roundTableEntry",
  municipality,
  bullets: bullets.map((text) => ({ text, children: [] })),
  contributors: names.map((name) => ({ name })),
  submittedAt: at,
  updatedAt: at,
});

export const meeting = (extra: Partial<Meeting> = {}): ReferatSources["meeting"] => ({
  meetingId: "m",
  planned: { start: "2025-09-11T08:00:00Z", end: "2025-09-11T10:30:00Z" },
  actual: {},
  agenda: [],
  roles: { chair: { aadObjectId: "aad-Eli", name: "Eli" }, secretary: { aadObjectId: "aad-Mari", name: "Mari" } },
  ...extra,
});

export const group = { name: "Faggruppe", leaderTitle: "leder", municipalities: ["Kongsvinger", "Asker"] };

/** A follow-up made under item `itemKey` (number `itemNumber`) of meeting `meetingId`. */
export const followUp = (
  id: string,
  origin: { meetingId: string; itemKey: string; itemNumber?: number; meetingStart?: string },
  extra: Partial<FollowUp> = {},
): FollowUp => ({
  id,
  groupId: "g",
  docType: "followUp",
  text: `Punkt ${id}`,
  origin: {
    meetingId: origin.meetingId,
    meetingStart: origin.meetingStart ?? at,
    itemKey: origin.itemKey,
    itemNumber: origin.itemNumber ?? 1,
    itemTitle: `Sak ${origin.itemKey}`,
  },
  status: "open",
  history: [],
  createdAt: at,
  createdBy: { name: "Mari" },
  updatedAt: at,
  ...extra,
});
