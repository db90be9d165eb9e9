import { z } from "zod";
import { guestKey } from "./attendee";
import { currentMeeting, ensureMeeting } from "../../shared/meeting/find-meeting";
import type { Turn } from "./services";
import { joined, left, onAttendee, type PersonInfo } from "./attendee-changes";
import { attendanceState, refreshAttendance } from "./attendance-view";

/** Keys compared without case: Teams' meeting payloads come in PascalCase and camelCase. */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

const membersSchema = z.preprocess(
  lowerKeys,
  z.object({
    members: z
      .array(
        z.object({
          user: z.object({
            id: z.string().max(1024).optional(),
            name: z.string().max(500).optional(),
            aadobjectid: z.string().max(128).optional(),
            objectid: z.string().max(128).optional(),
          }),
          meeting: z.object({ inmeeting: z.boolean().optional(), role: z.string().max(64).optional() }).optional(),
        }),
      )
      .max(1000),
  }),
);

/**
 * Teams' participant join/leave events: hints, not the truth. They may repeat, come out of
 * order or not at all; each gives its members a join or leave time, and nothing else changes.
 */
export async function participantEvent(turn: Turn, kind: "join" | "leave", value: unknown): Promise<void> {
  const parsed = membersSchema.safeParse(value);
  if (!parsed.success) return;
  const meeting = (await ensureMeeting(turn)) ?? (await currentMeeting(turn));
  if (!meeting) return;
  const state = await attendanceState(turn, meeting.doc);
  const now = turn.services.now().toISOString();
  const at = turn.timestamp ?? now;
  let changed = false;
  for (const { user } of parsed.data.members) {
    const aad = user.aadobjectid ?? user.objectid;
    const member = aad ? state.group?.members.find((m) => m.aadObjectId === aad) : undefined;
    const name = member?.name ?? user.name?.trim();
    if (!aad && !name) continue;
    const person: PersonInfo = {
      personKey: aad ?? guestKey(name ?? ""),
      name: name ?? "",
      // Anonymous meeting users (no Entra id) are recorded as guests by name.
      guest: !aad,
      ...(aad ? { aadObjectId: aad } : {}),
      ...(aad && user.id ? { teamsUserId: user.id } : {}),
      ...(member?.municipality ? { municipality: member.municipality } : {}),
    };
    const step = kind === "join" ? joined(at, now) : left(at, now);
    const result = await turn.services.attendees.change(
      meeting.doc.meetingId,
      person.personKey,
      onAttendee(meeting.doc.meetingId, person, now, step),
    );
    changed ||= result.written;
  }
  if (changed) await refreshAttendance(turn, state);
}
