import assert from "node:assert/strict";
import { attendanceList } from "../../../src/features/attendance/attendance-list";
import { statusOf, type Attendee } from "../../../src/features/attendance/attendee";

const attendee = (name: string, fields: Partial<Attendee> = {}): Attendee => ({
  id: `attendee:${name}`,
  meetingId: "m",
  docType: "attendee",
  personKey: name,
  name,
  guest: false,
  updatedAt: "",
  ...fields,
});

describe("the attendance list the referat reads", () => {
  it("sorts names in Norwegian alphabetical order: æ, ø, å after z", () => {
    const names = ["Åse Ås", "Zoë Zahl", "Ærlig Æsir", "Øyvind Øst", "Anne Solheim", "anders Berg"];
    const list = attendanceList(names.map((name) => attendee(name, { checkedInAt: "2025-09-11T08:00:00Z" })));
    assert.deepEqual(
      list.present.map((p) => p.name),
      ["anders Berg", "Anne Solheim", "Zoë Zahl", "Ærlig Æsir", "Øyvind Øst", "Åse Ås"],
    );
  });

  it("the latest word wins between presence, forfall and removal", () => {
    const t = (m: number) => `2025-09-11T08:${String(m).padStart(2, "0")}:00.000Z`;
    assert.equal(statusOf(attendee("a", { joinedAt: t(1) })), "present");
    assert.equal(statusOf(attendee("a", { leftAt: t(1) })), "present", "a leave alone is evidence of presence");
    assert.equal(statusOf(attendee("a", { joinedAt: t(1), absent: { at: t(2), by: "s" } })), "absent");
    assert.equal(statusOf(attendee("a", { absent: { at: t(1), by: "s" }, checkedInAt: t(2) })), "present");
    assert.equal(statusOf(attendee("a", { addedAt: t(1), removedAt: t(2) })), "removed");
    assert.equal(statusOf(attendee("a", { addedAt: t(1), removedAt: t(2), checkedInAt: t(3) })), "present");
    assert.equal(statusOf(attendee("a", {})), "unknown");
  });

  it("lists forfall with reasons and marks guests; removed entries vanish", () => {
    const list = attendanceList([
      attendee("Gjest Gjestesen", { guest: true, addedAt: "1" }),
      attendee("Borte Bortesen", { absent: { at: "1", by: "s", reason: "sykdom" } }),
      attendee("Feil Feilsen", { addedAt: "1", removedAt: "2" }),
    ]);
    assert.deepEqual(list.present, [{ key: "Gjest Gjestesen", name: "Gjest Gjestesen", guest: true }]);
    assert.deepEqual(list.absent, [{ key: "Borte Bortesen", name: "Borte Bortesen", reason: "sykdom" }]);
  });
});
