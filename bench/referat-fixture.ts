import type { Attendee } from "../src/features/attendance/attendee";
import type { Group } from "../src/features/working-group/group";
import type { AgendaItem, Meeting } from "../src/shared/meeting/meeting";
import type { RoundTableEntry } from "../src/features/roundtable/roundtable";
import { entryId } from "../src/features/roundtable/store";

const at = "2025-09-11T08:30:00.000Z";
const sentence = (i: number) =>
  `Punkt ${i}: kommunen har gjennomført tiltak for næringsutvikling, med «gode» resultater & videre planer (${i}).`;

/** A large meeting: `attendees` people, `items` agenda items with notes, `municipalities` round-table entries. */
export function largeMeeting(meetingId: string, size: { attendees: number; items: number; municipalities: number }) {
  const municipalities = Array.from({ length: size.municipalities }, (_, i) => `Kommune ${String(i + 1).padStart(2, "0")}`);
  const people = Array.from({ length: size.attendees }, (_, i) => ({
    name: `Deltaker ${["Ås", "Ødegård", "Berg", "Æsir", "Dahl"][i % 5]} ${i}`,
    aadObjectId: `00000000-0000-4000-a000-${String(i).padStart(12, "0")}`,
    municipality: municipalities[i % municipalities.length] ?? "",
  }));
  const group: Group = {
    id: "bench-group",
    groupId: "bench-group",
    docType: "group",
    name: "Benchmarkgruppen",
    leaderTitle: "leder",
    municipalities,
    members: people.map((p, i) => ({ ...p, role: i === 0 ? "chair" : i === 1 ? "secretary" : "member" })),
    roleHolders: [people[0]?.aadObjectId ?? "", people[1]?.aadObjectId ?? ""],
    updatedAt: at,
  };
  const agenda: AgendaItem[] = Array.from({ length: size.items }, (_, i) => ({
    key: `k${i}`,
    title: i === size.items - 2 ? "Runde rundt bordet – Status" : `Sak om tema ${i + 1}`,
    ...(i === size.items - 2 ? { roundTableTopic: "Status" } : {}),
    notes: Array.from({ length: 3 }, (_, n) => ({
      id: `n${i}-${n}`,
      kind: n === 2 ? ("decision" as const) : ("note" as const),
      text: sentence(n),
      author: "Sekretær",
      at,
    })),
  }));
  const meeting: Meeting = {
    id: "meeting",
    meetingId,
    docType: "meeting",
    conversationId: "19:bench@thread.v2",
    groupId: group.groupId,
    title: "Benchmarkmøte",
    planned: { start: "2025-09-11T08:00:00Z", end: "2025-09-11T10:30:00Z" },
    actual: { start: "2025-09-11T08:00:00Z", end: "2025-09-11T10:30:00Z" },
    status: "ended",
    agenda,
    currentIndex: size.items - 1,
    roles: {
      chair: { aadObjectId: people[0]?.aadObjectId ?? "", name: people[0]?.name ?? "" },
      secretary: { aadObjectId: people[1]?.aadObjectId ?? "", name: people[1]?.name ?? "" },
    },
    handledActivityIds: [],
    createdAt: at,
    updatedAt: at,
  };
  const attendees: Attendee[] = people.map((p) => ({
    id: `attendee:${p.aadObjectId}`,
    meetingId,
    docType: "attendee",
    personKey: p.aadObjectId,
    aadObjectId: p.aadObjectId,
    name: p.name,
    municipality: p.municipality,
    guest: false,
    checkedInAt: at,
    updatedAt: at,
  }));
  const entries: RoundTableEntry[] = municipalities.map((municipality, i) => ({
    id: entryId(municipality),
    meetingId,
    docType: "roundTableEntry",
    municipality,
    bullets: Array.from({ length: 5 }, (_, b) => ({ text: sentence(b), children: b === 0 ? [sentence(9), sentence(10)] : [] })),
    contributors: [{ aadObjectId: people[i % people.length]?.aadObjectId ?? "", name: people[i % people.length]?.name ?? "" }],
    submittedAt: at,
    updatedAt: at,
  }));
  return { group, meeting, attendees, entries };
}
