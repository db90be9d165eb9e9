import assert from "node:assert/strict";
import { notesText, notesVersion, replacedNotes } from "../../../src/features/meeting/notes-edit";
import type { ItemNote } from "../../../src/shared/meeting/meeting";

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
});
