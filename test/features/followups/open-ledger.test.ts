import assert from "node:assert/strict";
import { RESERVATION_LIFETIME_MS, withReservation } from "../../../src/features/followups/open-ledger";
import type { FollowUp, FollowUpStatus } from "../../../src/features/followups/follow-up";

const NOW = new Date("2026-12-05T10:00:00Z");
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();
const followUp = (id: string, status: FollowUpStatus): FollowUp => ({
  id,
  groupId: "g",
  docType: "followUp",
  text: id,
  origin: { meetingId: "m", meetingStart: at(0), itemKey: "k", itemNumber: 1, itemTitle: "Sak" },
  status,
  history: [],
  createdAt: at(60_000),
  createdBy: { name: "Kari" },
  updatedAt: at(0),
});
const ids = (result: ReturnType<typeof withReservation>) => (Array.isArray(result) ? result.map((entry) => entry.id) : result);

describe("the ledger of a group's open follow-ups", () => {
  it("a place is reserved while fewer than the limit are counted; at the limit, none", () => {
    const entries = [
      { id: "a", at: at(1000) },
      { id: "b", at: at(1000) },
    ];
    assert.deepEqual(ids(withReservation(entries, "c", [], NOW, 3)), ["a", "b", "c"]);
    assert.equal(withReservation([...entries, { id: "c", at: at(0) }], "d", [], NOW, 3), undefined);
  });

  it("a retried delivery finds its place reserved already", () => {
    assert.equal(withReservation([{ id: "a", at: at(0) }], "a", [], NOW, 1), "reserved already");
  });

  it("done and dropped follow-ups leave; open ones the ledger did not know are counted", () => {
    const entries = [
      { id: "a", at: at(1000) },
      { id: "b", at: at(1000) },
    ];
    const known = [followUp("a", "done"), followUp("b", "dropped"), followUp("seeded", "open")];
    assert.deepEqual(ids(withReservation(entries, "c", known, NOW, 3)), ["seeded", "c"]);
    assert.equal(withReservation([], "c", [followUp("x", "open"), followUp("y", "open")], NOW, 2), undefined);
  });

  it("a reservation whose follow-up never came frees its place after its lifetime, not before", () => {
    const fresh = [{ id: "being-created", at: at(RESERVATION_LIFETIME_MS - 1000) }];
    assert.equal(withReservation(fresh, "c", [], NOW, 1), undefined, "another instance may be creating it right now");
    const stale = [{ id: "died", at: at(RESERVATION_LIFETIME_MS + 1000) }];
    assert.deepEqual(ids(withReservation(stale, "c", [], NOW, 1)), ["c"]);
    const exactly = [{ id: "died", at: at(RESERVATION_LIFETIME_MS) }];
    assert.deepEqual(ids(withReservation(exactly, "c", [], NOW, 1)), ["c"], "at exactly its lifetime it is freed");
  });

  it("an open follow-up keeps its place however old its entry; its lifetime is only for reservations not yet made", () => {
    const old = [{ id: "a", at: at(RESERVATION_LIFETIME_MS * 100) }];
    assert.equal(withReservation(old, "c", [followUp("a", "open")], NOW, 1), undefined);
  });
});
