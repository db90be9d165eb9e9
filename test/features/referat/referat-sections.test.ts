import assert from "node:assert/strict";
import { buildReferat, clean, type ReferatSources } from "../../../src/features/referat/build-referat";
import { entry, followUp, group, meeting } from "./referat-fixtures";

const NO_REMARKS = [{ kind: "paragraph", text: "Ingen merknader." }];
const build = (extra: Partial<ReferatSources> = {}) =>
  buildReferat({ language: "nb", group, meeting: meeting(), attendees: [], entries: [], ...extra });

describe("the referat's follow-ups, round table, meeting details and cleaned text", () => {
  it("a follow-up stands under the item it was made on in this meeting, oldest first; an item with one has no «Ingen merknader»", () => {
    const agenda = [
      { key: "a", title: "Arbeidsgrupper", notes: [] },
      { key: "b", title: "Eventuelt", notes: [] },
    ];
    const referat = build({
      meeting: meeting({ agenda }),
      followUps: [
        followUp("later", { meetingId: "m", itemKey: "a" }, { createdAt: "2025-09-11T09:00:00Z" }),
        followUp("same-time-b", { meetingId: "m", itemKey: "a" }, { createdAt: "2025-09-11T08:30:00Z" }),
        followUp("same-time-a", { meetingId: "m", itemKey: "a" }, { createdAt: "2025-09-11T08:30:00Z", status: "done" }),
        followUp("other-meeting", { meetingId: "earlier", itemKey: "a" }, { status: "done" }),
      ],
    });
    assert.deepEqual(
      referat.items[0]?.followUps?.map((f) => f.text),
      ["Punkt same-time-a", "Punkt same-time-b", "Punkt later"],
      "made here, by creation time, then id; one with the same item key from another meeting is not",
    );
    assert.deepEqual(referat.items[0]?.blocks, [], "the follow-ups are the item's content");
    assert.equal(referat.items[1]?.followUps, undefined, "no follow-up made there, no list");
    assert.deepEqual(referat.items[1]?.blocks, NO_REMARKS);
  });

  it("«Oppfølging fra forrige møte» carries earlier meetings' follow-ups still open or changed in this one, with their details", () => {
    const agenda = [{ key: "f", title: "Oppfølging fra forrige møte", notes: [] }];
    const earlier = { meetingId: "earlier", itemKey: "x", itemNumber: 3, meetingStart: "2025-06-12T08:00:00Z" };
    const referat = build({
      meeting: meeting({ agenda }),
      followUps: [
        followUp("open", earlier, { responsible: "Sekretariatet", deadline: "2025-10-01", createdAt: "2025-06-12T08:10:00Z" }),
        followUp("done-here", earlier, {
          createdAt: "2025-06-12T08:20:00Z",
          status: "done",
          history: [{ at: "2025-09-11T09:00:00Z", by: { name: "Eli" }, meetingId: "m" }],
        }),
        followUp("done-before", earlier, { status: "done" }),
      ],
    });
    assert.deepEqual(referat.items[0]?.carried, [
      {
        text: "Punkt open",
        responsible: "Sekretariatet",
        deadline: "1. oktober 2025",
        item: "Sak 3: Sak x",
        meetingDate: "12. juni 2025",
        status: "open",
      },
      { text: "Punkt done-here", item: "Sak 3: Sak x", meetingDate: "12. juni 2025", status: "done" },
    ]);
    assert.deepEqual(referat.items[0]?.blocks, [], "carried follow-ups are the item's content");
    const nothingCarried = build({ meeting: meeting({ agenda }), followUps: [followUp("done-before", earlier, { status: "done" })] });
    assert.equal(nothingCarried.items[0]?.carried, undefined);
    assert.deepEqual(nothingCarried.items[0]?.blocks, NO_REMARKS);
  });

  it("ends with every open follow-up of the group, and with no such list when none is open", () => {
    const followUps = [
      followUp("b", { meetingId: "earlier", itemKey: "x" }, { createdAt: "2025-06-12T09:00:00Z" }),
      followUp("a", { meetingId: "m", itemKey: "y" }, { createdAt: "2025-09-11T09:00:00Z" }),
      followUp("closed", { meetingId: "m", itemKey: "y" }, { status: "dropped" }),
    ];
    assert.deepEqual(
      build({ followUps }).openFollowUps?.map((f) => f.text),
      ["Punkt b", "Punkt a"],
    );
    assert.equal(build({ followUps: followUps.slice(2) }).openFollowUps, undefined);
    assert.equal(build().openFollowUps, undefined);
  });

  it("the round-table item with no entries says «Ingen merknader»; with entries it holds only them", () => {
    const agenda = [{ key: "r", title: "Runde rundt bordet", roundTableTopic: "", notes: [] }];
    assert.deepEqual(build({ meeting: meeting({ agenda }) }).items[0]?.blocks, NO_REMARKS);
    const reported = build({ meeting: meeting({ agenda }), entries: [entry("Asker", ["Asbjørn"], ["Status"])] });
    assert.deepEqual(reported.items[0]?.blocks, []);
    assert.deepEqual(reported.items[0]?.roundTable?.missing, ["Kongsvinger"]);
  });

  it("without a round-table item, a round table opened or reported on becomes the last item; neither, no such item", () => {
    const agenda = [
      { key: "a", title: "Innkalling", notes: [] },
      { key: "b", title: "Eventuelt", notes: [] },
    ];
    const opened = build({ meeting: meeting({ agenda, roundTable: { topic: "", openedAt: "2025-09-11T09:00:00Z" } }) });
    assert.deepEqual(
      opened.items.map((item) => [item.number, item.title]),
      [
        [1, "Innkalling"],
        [2, "Eventuelt"],
        [3, "Runde rundt bordet"],
      ],
    );
    assert.deepEqual(opened.items[2]?.roundTable, { sections: [], missing: ["Kongsvinger", "Asker"] });
    const reported = build({ meeting: meeting({ agenda }), entries: [entry("Asker", ["Asbjørn"], ["Status"])] });
    assert.equal(reported.items[2]?.title, "Runde rundt bordet");
    assert.deepEqual(
      reported.items[2]?.roundTable?.sections.map((s) => s.municipality),
      ["Asker"],
    );
    assert.equal(build({ meeting: meeting({ agenda }) }).items.length, 2);
    const first = [{ key: "r", title: "Runde rundt bordet", roundTableTopic: "", notes: [] }, ...agenda];
    assert.equal(
      build({ meeting: meeting({ agenda: first }), entries: [entry("Asker", ["A"], ["B"])] }).items.length,
      3,
      "first on the agenda: no second one",
    );
    assert.equal(build({ entries: [entry("Asker", ["A"], ["B"])] }).items[0]?.number, 1, "the first item is Sak 1");
  });

  it("entries from municipalities no longer in the group's list come after its own, in Norwegian alphabetical order", () => {
    const entries = ["Ås", "Asker", "Bærum", "Ørland"].map((name) => entry(name, ["N"], ["S"]));
    const sections = build({ entries }).items[0]?.roundTable?.sections.map((s) => s.municipality);
    assert.deepEqual(sections, ["Asker", "Bærum", "Ørland", "Ås"]);
  });

  it("shows the introduction, the papers link (host and path when it has no text) and the archive reference only when set", () => {
    const referat = build({
      meeting: meeting({
        details: { intro: "Møtet ble holdt i to deler.", papers: { url: "https://osloregionen.no/saker/" }, archiveRef: "25/123" },
      }),
    });
    assert.equal(referat.intro, "Møtet ble holdt i to deler.");
    assert.deepEqual(referat.papers, { url: "https://osloregionen.no/saker/", text: "osloregionen.no/saker/" });
    assert.equal(referat.archiveRef, "25/123");
    const bare = build({ meeting: meeting({ details: {} }) });
    assert.deepEqual([bare.intro, bare.papers, bare.archiveRef], [undefined, undefined, undefined]);
    assert.ok(!("intro" in build()), "no details, no intro");
  });

  it("names the chair with the group's leader title, and without a title when the group's is blank", () => {
    assert.deepEqual(build().chair, { name: "Eli", title: "leder" });
    assert.deepEqual(build({ group: { ...group, leaderTitle: "  " } }).chair, { name: "Eli" });
  });

  it("drops control characters and replaces a lone surrogate half with U+FFFD; emoji and line breaks stay", () => {
    assert.equal(clean("Sak\u0000 1\u0007\u001F\u007F\uFFFF"), "Sak 1");
    assert.equal(clean("a\nb\tc"), "a\nb\tc");
    assert.equal(clean("Bra 👍 ja"), "Bra 👍 ja");
    assert.equal(clean("x\uD83Dy"), "x\uFFFDy", "a high half with no low half after it");
    assert.equal(clean("x\uDC4Dy"), "x\uFFFDy", "a low half with no high half before it");
    assert.equal(clean("\uDC4D\uD83D"), "\uFFFD\uFFFD", "halves in the wrong order are two lone halves");
  });
});
