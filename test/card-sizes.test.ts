/**
 * Every card the bot sends, rendered with the most its own limits let anyone store, stays within the
 * 80 KB (UTF-16) Microsoft recommends for one Teams message (src/shared/teams-limits.ts); where the
 * card cuts something, the cut is visible to the reader and storage keeps all of it.
 */
import assert from "node:assert/strict";
import { attendanceCard } from "../src/features/attendance/attendance-card";
import { FOLLOW_UP_LIMITS, type FollowUp } from "../src/features/followups/follow-up";
import { meetingCard } from "../src/features/meeting/meeting-card";
import { followUpsCard } from "../src/features/followups/followups-card";
import { roundTableCard, roundTableFormCard } from "../src/features/roundtable/roundtable-card";
import { keptRevisions, MAX_EARLIER_WRITERS, MAX_REVISIONS } from "../src/features/roundtable/entry-history";
import type { RoundTableEntry } from "../src/features/roundtable/roundtable";
import { MAX_ENTRY_CHARS, type Bullet } from "../src/shared/bullet-text";
import type { Meeting } from "../src/shared/meeting/meeting";
import { MESSAGE_TARGET_UTF16_BYTES, utf16Bytes } from "../src/shared/teams-limits";
import { adaptiveCardErrors } from "./support/adaptive-card-schema";
import { guidFrom } from "../scripts/replay/chats";

/** A card as Teams counts it: the whole message around it, as UTF-16 (the activity's other fields are under 4 KB). */
const messageBytes = (card: object): number =>
  utf16Bytes(
    JSON.stringify({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] }),
  ) + 4_000;

const fullEntryBullets = (seed: string): Bullet[] =>
  Array.from({ length: 20 }, (_, i) => ({
    text: `${seed} ${i}: ${"Næringsareal og gründerstøtte i kommunen. ".repeat(5)}`.slice(0, 190),
    children: [],
  }));
const municipalities = Array.from({ length: 100 }, (_, i) => `Kommune med et ganske langt navn nummer ${i + 1}`);

const entry = (municipality: string, revisions: number): RoundTableEntry => ({
  id: `e-${municipality}`,
  meetingId: "m1",
  docType: "roundTableEntry",
  municipality,
  bullets: fullEntryBullets(municipality),
  contributors: [{ name: "Representant med et langt navn" }],
  submittedAt: "2025-09-11T08:10:00Z",
  updatedAt: "2025-09-11T08:10:00Z",
  revision: revisions,
  history: Array.from({ length: revisions }, (_, r) => ({
    revision: r + 1,
    bullets: fullEntryBullets(`Versjon ${r + 1}`),
    contributors: [],
    by: { name: `Person ${r}` },
    at: "2025-09-11T08:10:00Z",
  })),
});

/** A group's 200 open follow-ups (its limit), each of 1,000 characters with a 200-character responsible. */
const followUps: FollowUp[] = Array.from({ length: FOLLOW_UP_LIMITS.openPerGroup }, (_, i) => ({
  id: `f${i}`,
  groupId: "g",
  docType: "followUp",
  text: "o".repeat(FOLLOW_UP_LIMITS.text),
  responsible: "r".repeat(FOLLOW_UP_LIMITS.responsible),
  deadline: "2026-04-01",
  origin: { meetingId: "m0", meetingStart: "2025-06-01T08:00:00Z", itemKey: "k", itemNumber: 3, itemTitle: "Sak" },
  status: "open",
  history: [],
  createdAt: "",
  createdBy: { name: "Mari" },
  updatedAt: "",
}));

describe("every card at the worst case the bot's own limits allow stays within Teams' 80 KB", () => {
  it("the round-table form for a leader: a full entry, a conflict, last meeting's entry, every revision kept, both notices", () => {
    // 40 writers one revision each, then 20 saves by one more: the newest 20, the first, and the last of 10 earlier writers stay.
    const many = entry("Kongsvinger", 60);
    const history = keptRevisions((many.history ?? []).map((r) => (r.revision > 40 ? { ...r, by: { name: "Nykommer" } } : r)));
    assert.equal(history.length, MAX_REVISIONS + 1 + MAX_EARLIER_WRITERS);
    const stored = { ...many, history };
    const text = stored.bullets.map((b) => `• ${b.text}`).join("\n");
    assert.ok(text.length <= MAX_ENTRY_CHARS && text.length > 3_800);
    const card = roundTableFormCard(
      {
        meetingId: "m1",
        municipality: "Kongsvinger",
        choices: municipalities,
        entryText: text,
        baseRevision: "20",
        leader: true,
        presenters: "x".repeat(200),
        conflictWith: stored,
        previous: { date: "2025-06-01", bullets: fullEntryBullets("Forrige") },
        history: stored.history ?? [],
        replacing: Array.from({ length: 5 }, (_, i) => `Representant med et ganske langt navn ${i}`),
        unconfirmed: { by: "n".repeat(200), at: "2025-09-11T08:10:00Z", canConfirm: true },
      },
      "nb",
    );
    assert.deepEqual(adaptiveCardErrors(card), []);
    assert.ok(messageBytes(card) <= MESSAGE_TARGET_UTF16_BYTES, `${messageBytes(card)} bytes`);
    const shown = JSON.stringify(card);
    assert.ok(shown.includes("Versjon 1 0:"), "the oldest revision is still there to restore");
    assert.ok(shown.includes("…"), "a shortened revision ends with «…»");
  });

  it("the shared round-table card: 100 municipalities, every one with a full entry", () => {
    const card = roundTableCard(
      "m1",
      { topic: "t".repeat(200), openedAt: "2025-09-11T08:00:00Z" },
      municipalities,
      municipalities.map((m) => entry(m, 1)),
      "nb",
    );
    assert.ok(messageBytes(card) <= MESSAGE_TARGET_UTF16_BYTES, `${messageBytes(card)} bytes`);
  });

  it("the check-in card: 300 present in 100 municipalities and 60 forfall with reasons: counts instead of names", () => {
    const present = Array.from({ length: 300 }, (_, i) => ({
      key: guidFrom(`present-${i}`),
      name: `Deltaker ${i} ${"med et svært langt visningsnavn ".repeat(5)}`.trim(),
      municipality: municipalities[i % 100] ?? "",
      guest: false,
    }));
    const absent = Array.from({ length: 60 }, (_, i) => ({ key: `a${i}`, name: `Fraværende ${i}`, reason: "r".repeat(100) }));
    const list = { present, absent, secretariat: [{ key: "s", name: "Sekretær" }] };
    const card = attendanceCard({ meetingId: "m1", meetingTitle: "Fellesmøte", list, municipalities }, "nb");
    assert.deepEqual(adaptiveCardErrors(card), []);
    assert.ok(messageBytes(card) <= MESSAGE_TARGET_UTF16_BYTES, `${messageBytes(card)} bytes`);
    assert.match(
      JSON.stringify(card),
      /"3 personer \(navnene står i referatet\)"/,
      "each municipality says how many, and where the names are",
    );
    assert.match(JSON.stringify(card), /"300 til stede · sekretariat"/);

    // The chair's controls list everyone to choose from: the joint meeting's 300 in its 40 municipalities.
    const joint = municipalities.slice(0, 40).map((m) => m.slice(0, 20));
    const manage = attendanceCard(
      {
        meetingId: "m1",
        meetingTitle: "Fellesmøte",
        list: {
          ...list,
          present: present.map((p, i) => ({ ...p, name: `Deltaker med et langt navn nummer ${i}`, municipality: joint[i % 40] ?? "" })),
        },
        municipalities: joint,
        manage: { people: present.map((p, i) => ({ key: p.key, name: `Deltaker med et langt navn nummer ${i}` })) },
      },
      "nb",
    );
    assert.ok(messageBytes(manage) <= MESSAGE_TARGET_UTF16_BYTES, `the chair's controls: ${messageBytes(manage)} bytes`);
  });

  it("the meeting card (50 items, 500 notes of 2,000 characters on one, 200 follow-ups carried in) and «oppfølging»'s list", () => {
    const notes = Array.from({ length: 500 }, (_, i) => ({
      id: `n${i}`,
      kind: "note" as const,
      text: `${i}: ${"Langt notat. ".repeat(200)}`.slice(0, 2000),
      author: "Sekretær",
      at: "",
    }));
    const agenda = Array.from({ length: 50 }, (_, i) => ({
      key: `k${i}`,
      title: `Oppfølging fra forrige møte ${"t".repeat(350)}`.slice(0, 390),
      notes: i === 0 ? notes : [],
    }));
    const meeting: Meeting = {
      id: "meeting",
      meetingId: "m1",
      docType: "meeting",
      conversationId: "19:x@thread.v2",
      title: "Møte",
      planned: { start: "2025-09-11T08:00:00Z", end: "2025-09-11T10:30:00Z" },
      actual: {},
      status: "running",
      agenda,
      currentIndex: 0,
      roles: { chair: { aadObjectId: "c", name: "Eli", teamsUserId: "29:eli" }, secretary: { aadObjectId: "s", name: "Mari" } },
      handledActivityIds: [],
      createdAt: "",
      updatedAt: "",
    };
    for (const role of ["participant", "chair"] as const) {
      const card = meetingCard(meeting, role, "nb", { followUps, today: new Date("2025-09-11T08:00:00Z") });
      assert.ok(messageBytes(card) <= MESSAGE_TARGET_UTF16_BYTES, `${role}: ${messageBytes(card)} bytes`);
      assert.match(JSON.stringify(card), /… og \d+ oppfølgingspunkter til – skriv «oppfølging» for alle/);
      assert.match(JSON.stringify(card), /… og \d+ eldre notater og vedtak – se referatet/);
    }
    const list = followUpsCard(meeting, "Næringssamarbeid", followUps, true, "nb", new Date("2025-09-11T08:00:00Z"));
    assert.deepEqual(adaptiveCardErrors(list), []);
    assert.ok(messageBytes(list) <= MESSAGE_TARGET_UTF16_BYTES, `«oppfølging»: ${messageBytes(list)} bytes`);
    assert.match(JSON.stringify(list), /… og \d+ nyere oppfølgingspunkter – alle står i referatets oppfølgingstabell/);
  });
});
