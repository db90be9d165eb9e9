import assert from "node:assert/strict";
import {
  mayConfirm,
  replacesOthers,
  samePerson,
  standingOf,
  unconfirmedAfterWrite,
  writersOf,
} from "../../../src/features/roundtable/entry-hands";
import type { RoundTableEntry } from "../../../src/features/roundtable/roundtable";

const ingrid = { aadObjectId: "a-ingrid", name: "Ingrid Haugen" };
const nils = { aadObjectId: "a-nils", name: "Nils Nykommer" };
const kari = { aadObjectId: "a-kari", name: "Kari Nordmann" };
const AT = "2026-12-05T09:00:00Z";
const LATER = "2026-12-05T09:30:00Z";
const entry = (fields: Partial<RoundTableEntry>): RoundTableEntry => ({
  id: "e",
  meetingId: "m",
  docType: "roundTableEntry",
  municipality: "Kongsvinger",
  bullets: [{ text: "Status", children: [] }],
  contributors: [ingrid],
  submittedAt: AT,
  updatedAt: AT,
  ...fields,
});

describe("whose hands a round-table entry is in", () => {
  it("a writer is a leader, a member of the municipality, or new to it", () => {
    assert.equal(standingOf({ leader: true, ownMunicipality: "Asker" }, "Kongsvinger"), "leader");
    assert.equal(standingOf({ leader: false, ownMunicipality: "Kongsvinger" }, "Kongsvinger"), "member");
    assert.equal(standingOf({ leader: false }, "Kongsvinger"), "newcomer");
  });

  it("a newcomer replaces others' text or a leader's record of it; not their own, nor an entry that does not exist", () => {
    assert.equal(replacesOthers(entry({}), nils, "newcomer"), true);
    assert.equal(replacesOthers(entry({ contributors: [], recordedBy: kari, presenters: "Ingrid" }), nils, "newcomer"), true);
    assert.equal(replacesOthers(entry({ contributors: [nils] }), nils, "newcomer"), false);
    assert.equal(replacesOthers(entry({ contributors: [nils], unconfirmedChange: { by: nils, at: AT } }), nils, "newcomer"), false);
    assert.equal(replacesOthers(undefined, nils, "newcomer"), false);
    assert.equal(replacesOthers(entry({}), kari, "leader"), false, "a leader is never told");
    assert.equal(replacesOthers(entry({}), { aadObjectId: "a-berte", name: "Berte" }, "member"), false, "nor a member");
  });

  it("a newcomer's write starts the unconfirmed change, their later writes keep it at their latest time", () => {
    const first = unconfirmedAfterWrite(entry({}), nils, "newcomer", AT);
    assert.deepEqual(first, { by: nils, at: AT });
    assert.deepEqual(unconfirmedAfterWrite(entry({ contributors: [nils], unconfirmedChange: first }), nils, "member", LATER), {
      by: nils,
      at: LATER,
    });
  });

  it("a member's or a leader's write ends it, and they may confirm it; the one it names may not", () => {
    const open = entry({ contributors: [nils], unconfirmedChange: { by: nils, at: AT } });
    assert.equal(unconfirmedAfterWrite(open, ingrid, "member", LATER), undefined);
    assert.equal(unconfirmedAfterWrite(open, kari, "leader", LATER), undefined);
    assert.equal(mayConfirm(open, ingrid, "member"), true);
    assert.equal(mayConfirm(open, kari, "leader"), true);
    assert.equal(mayConfirm(open, nils, "member"), false);
    assert.equal(mayConfirm(open, { aadObjectId: "a-per", name: "Per" }, "newcomer"), false);
    assert.equal(mayConfirm(entry({}), ingrid, "member"), false, "nothing to confirm");
  });

  it("a newcomer is told once: after their own unconfirmed change, writing again over a shared entry asks nothing", () => {
    const shared = entry({ contributors: [ingrid, nils] });
    assert.equal(replacesOthers(shared, nils, "newcomer"), true, "one other writer among several is enough");
    assert.equal(replacesOthers({ ...shared, unconfirmedChange: { by: nils, at: AT } }, nils, "newcomer"), false);
    assert.equal(replacesOthers({ ...shared, unconfirmedChange: { by: ingrid, at: AT } }, nils, "newcomer"), true);
  });

  it("one person is the same Entra id; someone without one (a guest) is the same name", () => {
    assert.equal(samePerson(nils, { aadObjectId: "a-nils", name: "Nils N." }), true);
    assert.equal(samePerson(nils, { aadObjectId: "a-other", name: "Nils Nykommer" }), false);
    assert.equal(samePerson({ name: "Gjest" }, { name: "Gjest" }), true);
    assert.equal(samePerson({ name: "Gjest" }, { name: "Annen gjest" }), false);
  });

  it("the newcomer is told the first five writers; else the presenters or who recorded it; else no one", () => {
    const six = ["A", "B", "C", "D", "E", "F"].map((name) => ({ aadObjectId: `a-${name}`, name }));
    assert.deepEqual(writersOf(entry({ contributors: six })), ["A", "B", "C", "D", "E"]);
    assert.deepEqual(writersOf(entry({ contributors: [], presenters: "Ingrid og Kari", recordedBy: kari })), ["Ingrid og Kari"]);
    assert.deepEqual(writersOf(entry({ contributors: [], recordedBy: kari })), ["Kari Nordmann"]);
    assert.deepEqual(writersOf(entry({ contributors: [] })), []);
  });
});
