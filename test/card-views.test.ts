import assert from "node:assert/strict";
import { agendaCard } from "../src/features/meeting/agenda-card";
import { attendanceCard } from "../src/features/attendance/attendance-card";
import { roundTableCard, roundTableFormCard } from "../src/features/roundtable/roundtable-card";
import { meetingCard } from "../src/features/meeting/meeting-card";
import { groupCard, groupEditorCard, linkGroupCard } from "../src/features/working-group/setup-card";
import type { Group } from "../src/features/working-group/group";
import type { Meeting } from "../src/shared/meeting/meeting";
import { adaptiveCardErrors } from "./support/adaptive-card-schema";

const meeting: Meeting = {
  id: "meeting",
  meetingId: "m1",
  docType: "meeting",
  conversationId: "19:x@thread.v2",
  title: "Faggruppemøte **Næring** [lenke](https://x)",
  planned: { start: "2025-09-11T08:00:00Z", end: "2025-09-11T10:30:00Z" },
  actual: {},
  status: "running",
  agenda: [
    {
      key: "a",
      title: "Godkjenning av innkalling og dagsorden",
      notes: [{ id: "n1", kind: "decision", text: "Godkjent", author: "Kari", at: "" }],
    },
    { key: "b", title: "Runde rundt bordet – Entreprenørskap", roundTableTopic: "Entreprenørskap", notes: [] },
  ],
  currentIndex: 0,
  roles: { chair: { aadObjectId: "c", name: "Eli", teamsUserId: "29:eli" }, secretary: { aadObjectId: "s", name: "Mari" } },
  handledActivityIds: [],
  createdAt: "",
  updatedAt: "",
};

const group: Group = {
  id: "g",
  groupId: "g",
  docType: "group",
  name: "Næringssamarbeid",
  leaderTitle: "leder Næringsgruppen",
  municipalities: ["Kongsvinger", "Asker"],
  members: [{ aadObjectId: "c", name: "Eli", role: "chair" }],
  roleHolders: ["c"],
  updatedAt: "",
};

describe("every card view validates against Adaptive Card 1.5", () => {
  const views: Record<string, object> = {
    "meeting, participant": meetingCard(meeting, "participant", "nb"),
    "meeting, chair": meetingCard(meeting, "chair", "nb"),
    "meeting, secretary in English": meetingCard(meeting, "secretary", "en"),
    "meeting, no agenda": meetingCard({ ...meeting, agenda: [], roles: {} }, "chair", "nb"),
    "meeting, ended": meetingCard({ ...meeting, status: "ended" }, "chair", "nb"),
    "agenda, view": agendaCard(meeting, "nb"),
    "agenda, editor": agendaCard(meeting, "nb", "Sak 1: A\nSak 2: B"),
    "agenda, empty": agendaCard({ ...meeting, agenda: [] }, "en"),
    "setup, group": groupCard(group, "nb"),
    "setup, editor": groupEditorCard(group, [{ aadObjectId: "c", name: "Eli" }], "nb"),
    "setup, link": linkGroupCard([{ groupId: "g", name: "Næringssamarbeid", roleHolders: [] }], true, "nb"),
    "setup, create only": linkGroupCard([], true, "en"),
    "round table, shared": roundTableCard(
      "m1",
      { topic: "Entreprenørskap", openedAt: "2025-09-11T08:00:00Z" },
      ["Kongsvinger", "Asker"],
      [
        {
          id: "r",
          meetingId: "m1",
          docType: "roundTableEntry",
          municipality: "Kongsvinger",
          bullets: [{ text: "Kurs", children: [] }],
          contributors: [{ name: "Haakon Gjems" }],
          submittedAt: "2025-09-11T08:10:00Z",
          updatedAt: "2025-09-11T08:10:00Z",
        },
      ],
      "nb",
    ),
    "round table, closed and empty": roundTableCard("m1", { topic: "", openedAt: "x", closedAt: "y" }, ["Kongsvinger"], [], "en"),
    "round table, form for a leader": roundTableFormCard(
      { meetingId: "m1", municipality: "Asker", choices: ["Kongsvinger", "Asker"], entryText: "", leader: true },
      "nb",
    ),
    "round table, conflict": roundTableFormCard(
      {
        meetingId: "m1",
        municipality: "Asker",
        choices: ["Asker"],
        entryText: "• Min tekst",
        baseRevision: "1",
        leader: false,
        conflictWith: {
          id: "r",
          meetingId: "m1",
          docType: "roundTableEntry",
          municipality: "Asker",
          bullets: [{ text: "Deres", children: ["under"] }],
          contributors: [],
          submittedAt: "",
          updatedAt: "",
        },
      },
      "nb",
    ),
    "attendance, nobody yet": attendanceCard(
      { meetingId: "m1", meetingTitle: "Møte", list: { present: [], absent: [], secretariat: [] }, municipalities: [] },
      "nb",
    ),
    "attendance, full with ask and manage": attendanceCard(
      {
        meetingId: "m1",
        meetingTitle: "Møte",
        list: {
          present: [
            { key: "a", name: "Haakon Gjems", municipality: "Kongsvinger", guest: false },
            { key: "b", name: "Uten Kommune", guest: false },
            { key: "c", name: "Ove Gjest", guest: true },
          ],
          absent: [{ key: "d", name: "Harriet", reason: "sykdom" }],
          secretariat: [{ key: "e", name: "Mari Strømsvåg" }],
        },
        municipalities: ["Kongsvinger", "Asker"],
        askMunicipality: true,
        manage: { people: [{ key: "a", name: "Haakon Gjems" }] },
      },
      "en",
    ),
  };
  for (const [name, card] of Object.entries(views)) {
    it(name, () => assert.deepEqual(adaptiveCardErrors(card), []));
  }

  it("only the leaders' view has the controls; the shared card asks Teams to refresh it for them", () => {
    const shared = JSON.stringify(views["meeting, participant"]);
    const chair = JSON.stringify(views["meeting, chair"]);
    assert.ok(!shared.includes('"verb":"meeting.next"') && chair.includes('"verb":"meeting.next"'));
    assert.deepEqual((views["meeting, participant"] as { refresh: { userIds: string[] } }).refresh.userIds, ["29:eli"]);
  });

  it("text users typed shows literally, not as Markdown", () => {
    const text = JSON.stringify(views["meeting, participant"]);
    // Only what would act is escaped: the emphasis and the brackets, not the parentheses.
    assert.ok(text.includes(String.raw`"Faggruppemøte \\*\\*Næring\\*\\* \\[lenke\\](https://x)"`), text);
  });
});
