import { attendeeDocId, earliest, later, statusOf, type Attendee } from "./attendee";

export interface PersonInfo {
  personKey: string;
  name: string;
  guest: boolean;
  aadObjectId?: string;
  teamsUserId?: string;
  municipality?: string;
}

/** A new attendee document for the person, with no evidence yet. */
export function blankAttendee(meetingId: string, person: PersonInfo, now: string): Attendee {
  return {
    id: attendeeDocId(person.personKey),
    meetingId,
    docType: "attendee",
    personKey: person.personKey,
    name: person.name,
    guest: person.guest,
    ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}),
    ...(person.teamsUserId ? { teamsUserId: person.teamsUserId } : {}),
    ...(person.municipality ? { municipality: person.municipality } : {}),
    updatedAt: now,
  };
}

/** A click on "Registrer oppmøte": nothing to do if already present by check-in (a repeated click). */
export const checkIn =
  (now: string) =>
  (attendee: Attendee): Attendee =>
    attendee.checkedInAt && statusOf(attendee) === "present" ? attendee : { ...attendee, checkedInAt: now, updatedAt: now };

/** Teams' join/leave hints: the earliest join and the latest leave are kept; repeats change nothing. */
export const joined =
  (at: string, now: string) =>
  (attendee: Attendee): Attendee =>
    attendee.joinedAt && attendee.joinedAt <= at ? attendee : { ...attendee, joinedAt: earliest(attendee.joinedAt, at), updatedAt: now };

export const left =
  (at: string, now: string) =>
  (attendee: Attendee): Attendee =>
    attendee.leftAt && attendee.leftAt >= at ? attendee : { ...attendee, leftAt: later(attendee.leftAt, at), updatedAt: now };

export const addedByHand =
  (by: string, now: string, municipality?: string) =>
  (attendee: Attendee): Attendee => ({
    ...attendee,
    addedAt: now,
    addedBy: by,
    // Added for one of the group's municipalities: its representative, not a guest.
    ...(municipality ? { municipality, guest: false } : {}),
    updatedAt: now,
  });

export const markedAbsent =
  (by: string, now: string, reason?: string) =>
  (attendee: Attendee): Attendee => ({
    ...attendee,
    absent: { at: now, by, ...(reason ? { reason } : {}) },
    updatedAt: now,
  });

export const removed =
  (now: string) =>
  (attendee: Attendee): Attendee => ({ ...attendee, removedAt: now, updatedAt: now });

/** Applies `step` to the stored attendee, or to a fresh one for `person`. */
export const onAttendee =
  (meetingId: string, person: PersonInfo, now: string, step: (attendee: Attendee) => Attendee) =>
  (existing: Attendee | undefined): Attendee => {
    const base = existing ?? blankAttendee(meetingId, person, now);
    // Learn what the stored one lacks (a municipality chosen since, a Teams id).
    const enriched =
      existing && ((!existing.municipality && person.municipality) || (!existing.teamsUserId && person.teamsUserId))
        ? {
            ...existing,
            municipality: existing.municipality ?? person.municipality,
            teamsUserId: existing.teamsUserId ?? person.teamsUserId,
          }
        : base;
    const next = step(enriched);
    return next === enriched && enriched === existing ? existing : next;
  };
