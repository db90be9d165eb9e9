import assert from "node:assert/strict";
import { editedParagraphs, notesText, notesVersion, replacedNotes, withEditedNotes } from "../../../src/features/meeting/notes-edit";
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_MEETING } from "../../../src/features/meeting/walkthrough";
import type { AgendaItem, ItemNote, Meeting } from "../../../src/shared/meeting/meeting";

const note = (id: string, text: string, kind: ItemNote["kind"] = "note"): ItemNote => ({
  id,
  kind,
  text,
  author: "Kari Nordmann",
  at: "2026-12-05T09:00:00.000Z",
});
const fresh = (n: number): ItemNote => ({ ...note(`new-${n}`, ""), author: "Ola Bakken" });

describe("the secretary's edit of an item's notes", () => {
  const notes = [note("a", "Innkalling godkjent"), note("d", "Vedtatt uten endringer", "decision"), note("b", "Dagsorden godkjent")];

  it("shows the notes (not the decisions) one per paragraph", () => {
    assert.equal(notesText({ key: "k", title: "Sak", notes }), "Innkalling godkjent\n\nDagsorden godkjent");
  });

  it("keeps an unchanged paragraph's note (its author and time), makes the changed ones new, and keeps the decisions", () => {
    const edited = replacedNotes(notes, ["Innkalling godkjent", "Dagsorden godkjent med én endring"], fresh);
    assert.deepEqual(
      edited.map((n) => [n.id, n.kind, n.text, n.author]),
      [
        ["a", "note", "Innkalling godkjent", "Kari Nordmann"],
        ["new-1", "note", "Dagsorden godkjent med én endring", "Ola Bakken"],
        ["d", "decision", "Vedtatt uten endringer", "Kari Nordmann"],
      ],
    );
  });

  it("emptied, it leaves the decisions alone", () => {
    assert.deepEqual(
      replacedNotes(notes, [], fresh).map((n) => n.id),
      ["d"],
    );
  });

  it("a decision before the first note stays before the edited notes", () => {
    const first = [note("d", "Vedtak først", "decision"), note("a", "Notat")];
    assert.deepEqual(
      replacedNotes(first, ["Notat", "Nytt"], fresh).map((n) => n.text),
      ["Vedtak først", "Notat", "Nytt"],
    );
  });

  it("the version changes with any note's text, and not with a decision", () => {
    const item = { key: "k", title: "Sak", notes };
    const base = notesVersion(item);
    assert.equal(notesVersion({ ...item, notes: [...notes, note("e", "Enda et vedtak", "decision")] }), base);
    assert.notEqual(notesVersion({ ...item, notes: [...notes, note("c", "Møteleders notat")] }), base);
    assert.notEqual(notesVersion({ ...item, notes: notes.map((n) => (n.id === "a" ? { ...n, text: "Endret" } : n)) }), base);
  });

  it("a decision is never taken for a note: a paragraph with a decision's text becomes a new note", () => {
    const edited = replacedNotes(notes, ["Vedtatt uten endringer"], fresh);
    assert.deepEqual(
      edited.map((n) => [n.id, n.kind]),
      [
        ["new-0", "note"],
        ["d", "decision"],
      ],
    );
  });

  it("notes written into an item of only decisions come after all of them; decisions around the notes keep their sides", () => {
    const decisionsOnly = [note("d1", "Første vedtak", "decision"), note("d2", "Andre vedtak", "decision")];
    assert.deepEqual(
      replacedNotes(decisionsOnly, ["Nytt notat"], fresh).map((n) => n.text),
      ["Første vedtak", "Andre vedtak", "Nytt notat"],
    );
    const around = [note("d1", "Før", "decision"), note("a", "Notat"), note("d2", "Etter", "decision")];
    assert.deepEqual(
      replacedNotes(around, ["Notat", "Nytt"], fresh).map((n) => n.text),
      ["Før", "Notat", "Nytt", "Etter"],
    );
  });
});

describe("the text the secretary saves for an item's notes", () => {
  const item = (key: string, notes: ItemNote[]): AgendaItem => ({ key, title: `Sak ${key}`, notes });
  const meeting = (agenda: AgendaItem[]) => ({ agenda }) as Meeting;
  const first = item("a", [note("a1", "Gammelt notat")]);
  const second = item("b", [note("b1", "Urørt")]);

  it("is one note per paragraph: a blank line (spaces allowed) separates them, single line breaks stay inside one", () => {
    assert.deepEqual(editedParagraphs("  Første linje\nfortsetter\n \t \n\nAndre  \n\n\n"), ["Første linje\nfortsetter", "Andre"]);
    assert.deepEqual(editedParagraphs(" \n\n "), []);
  });

  it("refuses a paragraph over the note limit, and accepts one of exactly the limit", () => {
    assert.equal(editedParagraphs(`Kort\n\n${"x".repeat(MAX_NOTE_LENGTH + 1)}`), "tooLong");
    assert.deepEqual(editedParagraphs("x".repeat(MAX_NOTE_LENGTH)), ["x".repeat(MAX_NOTE_LENGTH)]);
  });

  it("replaces only the edited item's notes, when they are still the version the editor began from", () => {
    const decision = withEditedNotes(meeting([first, second]), { itemKey: "a", baseVersion: notesVersion(first) }, ["Nytt"], fresh);
    assert.ok(decision.ok);
    assert.deepEqual(
      decision.meeting.agenda.map((each) => [each.key, each.notes.map((n) => n.text)]),
      [
        ["a", ["Nytt"]],
        ["b", ["Urørt"]],
      ],
    );
  });

  it("a save against notes changed since is a conflict; an item no longer on the agenda is refused", () => {
    const changed = withEditedNotes(meeting([first]), { itemKey: "a", baseVersion: notesVersion(second) }, ["Nytt"], fresh);
    assert.deepEqual(changed, { ok: false, refusal: "notesChanged" });
    const gone = withEditedNotes(meeting([first]), { itemKey: "x", baseVersion: notesVersion(first) }, ["Nytt"], fresh);
    assert.deepEqual(gone, { ok: false, refusal: "noSuchItem" });
  });

  it("a save that would take the meeting over its note limit is refused", () => {
    const many = Array.from({ length: MAX_NOTES_PER_MEETING }, (_, n) => note(`n${n}`, `Notat ${n}`, "decision"));
    const full = item("a", many);
    const refused = withEditedNotes(meeting([full]), { itemKey: "a", baseVersion: notesVersion(full) }, ["Ett til"], fresh);
    assert.deepEqual(refused, { ok: false, refusal: "meetingFull" });
  });
});
