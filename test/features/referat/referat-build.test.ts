import assert from "node:assert/strict";
import { buildReferat } from "../../../src/features/referat/build-referat";
import { noteBlocks, withSubHeadings } from "../../../src/features/referat/note-blocks";
import { renderMarkdown } from "../../../src/features/referat/render-markdown";
import { at, entry, group, meeting, person } from "./referat-fixtures";

describe("the referat built from stored documents", () => {
  it("a one-line note is a bullet, an introduction ending in a colon a paragraph; longer notes keep their sub-headings", () => {
    assert.deepEqual(noteBlocks("Godkjent uten merknader.", "note"), [{ kind: "bullet", text: "Godkjent uten merknader.", children: [] }]);
    assert.deepEqual(noteBlocks("Kommunene delte status:", "note"), [{ kind: "paragraph", text: "Kommunene delte status:" }]);
    assert.deepEqual(
      noteBlocks("Gruppe 1: Rekruttering\n• Rapport sendt\n  - vedlegg\n  som fortsetter\n1. Tydelighet\n• Enkel kommune", "note"),
      [
        { kind: "paragraph", text: "Gruppe 1: Rekruttering" },
        { kind: "bullet", text: "Rapport sendt", children: ["vedlegg som fortsetter"] },
        { kind: "paragraph", text: "1. Tydelighet" },
        { kind: "bullet", text: "Enkel kommune", children: [] },
      ],
    );
    assert.deepEqual(noteBlocks("Fire temaer\nto år", "decision"), [
      { kind: "bullet", text: "Fire temaer", children: [], decision: true },
      { kind: "bullet", text: "to år", children: [], decision: true },
    ]);
  });

  it("lists the present in Norwegian order without the secretary; absences with reasons and guests get their own lines", () => {
    const referat = buildReferat({
      language: "nb",
      group,
      meeting: meeting(),
      entries: [],
      attendees: [
        person("Øystein"),
        person("Anne"),
        person("Mari"),
        person("Åse"),
        person("Zara"),
        person("Per", { absent: { at: "2025-09-11T09:00:00Z", by: "Mari", reason: "sykdom" }, checkedInAt: undefined }),
        person("Gjest Gjestesen", { aadObjectId: undefined, guest: true, municipality: "NHO" }),
      ],
    });
    assert.deepEqual(referat.present, ["Anne", "Zara", "Øystein", "Åse"]);
    assert.deepEqual(referat.absent, [{ name: "Per", reason: "sykdom" }]);
    assert.deepEqual(referat.guests, ["Gjest Gjestesen (NHO)"]);
    const markdown = renderMarkdown(referat);
    assert.ok(markdown.includes("**Forfall:** Per (sykdom)") && markdown.includes("**Gjester:** Gjest Gjestesen (NHO)"), markdown);
    assert.ok(markdown.includes("**Møteleder:** Eli, leder") && markdown.includes("**Sekretariat:** Mari"));
  });

  it("uses the planned times, also after the meeting ran; the actual ones only when none were planned; no times, no Tid line", () => {
    assert.equal(
      buildReferat({ language: "nb", group, meeting: meeting(), attendees: [], entries: [] }).time,
      "11. september 2025, kl. 10:00-12:30",
    );
    const ran = meeting({ actual: { start: "2025-09-11T08:05:00Z", end: "2025-09-11T10:20:00Z" } });
    assert.equal(
      buildReferat({ language: "nb", group, meeting: ran, attendees: [], entries: [] }).time,
      "11. september 2025, kl. 10:00-12:30",
    );
    const unplanned = meeting({ planned: {}, actual: { start: "2025-09-11T08:05:00Z", end: "2025-09-11T10:20:00Z" } });
    assert.equal(
      buildReferat({ language: "nb", group, meeting: unplanned, attendees: [], entries: [] }).time,
      "11. september 2025, kl. 10:05-12:20",
    );
    const running = meeting({ planned: {}, actual: { start: "2025-09-11T08:05:00Z" } });
    assert.equal(buildReferat({ language: "en", group, meeting: running, attendees: [], entries: [] }).time, "11 September 2025, 10:05");
    assert.equal(buildReferat({ language: "nb", group, meeting: meeting({ planned: {} }), attendees: [], entries: [] }).time, undefined);
  });

  it(
    "puts the round table under its agenda item, in the group's order; " +
      "without one, it becomes the last item; items without notes stay",
    () => {
      const entries = [
        entry("Asker", ["Asbjørn Flo"], ["Semi-urban"]),
        entry("Kongsvinger", ["Haakon Gjems"], ["Kurs"]),
        entry("Nesodden", ["Ny Person"], ["Tidligere medlem"]),
      ];
      const agenda = [
        { key: "a", title: "Godkjenning av innkalling", notes: [] },
        { key: "b", title: "Runde rundt bordet – Scale-up", roundTableTopic: "Scale-up", notes: [] },
      ];
      const withItem = buildReferat({ language: "nb", group, meeting: meeting({ agenda }), attendees: [], entries });
      assert.deepEqual(
        withItem.items.map((item) => [item.number, item.title, item.blocks.length]),
        [
          [1, "Godkjenning av innkalling", 1],
          [2, "Runde rundt bordet – Scale-up", 0],
        ],
      );
      assert.deepEqual(withItem.items[0]?.blocks, [{ kind: "paragraph", text: "Ingen merknader." }], "an empty Sak says so");
      assert.deepEqual(
        withItem.items[1]?.roundTable?.sections.map((s) => `${s.municipality} – ${s.names}`),
        ["Kongsvinger – Haakon Gjems", "Asker – Asbjørn Flo", "Nesodden – Ny Person"],
      );
      const without = buildReferat({
        language: "nb",
        group,
        meeting: meeting({ agenda: agenda.slice(0, 1), roundTable: { topic: "Scale-up", openedAt: at } }),
        attendees: [],
        entries: entries.slice(0, 1),
      });
      assert.equal(without.items[1]?.title, "Runde rundt bordet – Scale-up");
      assert.deepEqual(without.items[1]?.roundTable?.missing, ["Kongsvinger"]);
    },
  );

  it("offers the previous approved referat under the approval item only when the secretary wrote nothing there", () => {
    const agenda = [{ key: "a", title: "Godkjenning av referat fra tidligere møter", notes: [] }];
    const offered = buildReferat({
      language: "nb",
      group,
      meeting: meeting({ agenda }),
      attendees: [],
      entries: [],
      previousApproved: { meetingStart: "2025-03-20T09:00:00Z" },
    });
    assert.deepEqual(offered.items[0]?.blocks, [
      { kind: "bullet", text: "Referat fra møtet 20. mars 2025 ble lagt fram for godkjenning.", children: [] },
    ]);
    const written = [{ ...agenda[0]!, notes: [{ id: "n", kind: "note" as const, text: "Godkjent.", author: "Mari", at }] }];
    const kept = buildReferat({
      language: "nb",
      group,
      meeting: meeting({ agenda: written }),
      attendees: [],
      entries: [],
      previousApproved: { meetingStart: "2025-03-20T09:00:00Z" },
    });
    assert.deepEqual(kept.items[0]?.blocks, [{ kind: "bullet", text: "Godkjent.", children: [] }]);
  });

  it("is written in English for an English chat", () => {
    const agenda = [
      { key: "a", title: "Approval of the agenda", notes: [{ id: "n", kind: "decision" as const, text: "Approved.", author: "Eli", at }] },
    ];
    const markdown = renderMarkdown(
      buildReferat({ language: "en", group, meeting: meeting({ agenda }), attendees: [person("Anne")], entries: [] }),
    );
    for (const line of [
      "**Minutes of Faggruppe**",
      "**Time:** 11 September 2025, 10:00-12:30",
      "**Present:**",
      "**Chair:** Eli, leder",
      "**Secretary:** Mari",
      "**Item 1: Approval of the agenda**",
      "- **Decision:** Approved.",
    ]) {
      assert.ok(markdown.includes(line), `${line} in\n${markdown}`);
    }
  });

  it("is deterministic: the same documents in another order give the same referat", () => {
    const attendees = [person("B"), person("A"), person("C")];
    const entries = [entry("Asker", ["X"], ["1"]), entry("Kongsvinger", ["Y"], ["2"])];
    const one = buildReferat({ language: "nb", group, meeting: meeting(), attendees, entries });
    const two = buildReferat({
      language: "nb",
      group,
      meeting: meeting(),
      attendees: [...attendees].reverse(),
      entries: [...entries].reverse(),
    });
    assert.deepEqual(one, two);
  });

  it("a Sak's sub-heading: a short paragraph line right before a bullet, not ending as a sentence or an introduction", () => {
    const blocks = noteBlocks(
      [
        "Faggruppen gikk igjennom arbeidsgruppene",
        "Gruppe 1: Internasjonal rekruttering",
        "• Sluttrapport sendt inn",
        "Faggruppen diskuterte følgende:",
        "• Helse",
        "Dette er en hel setning.",
        "• Punkt",
        `Lang ${"x".repeat(100)}`,
        "• Punkt",
        "1. Tydelighet og forutsigbarhet",
        "• Kommunen må være enkel å forholde seg til.",
        "Avslutning uten punkt etter",
      ].join("\n"),
      "note",
    );
    assert.deepEqual(
      withSubHeadings(blocks).map((b) => `${b.kind}${b.kind === "heading" && b.level ? ` ${b.level}` : ""}: ${b.text}`),
      [
        "paragraph: Faggruppen gikk igjennom arbeidsgruppene",
        "heading: Gruppe 1: Internasjonal rekruttering",
        "bullet: Sluttrapport sendt inn",
        "paragraph: Faggruppen diskuterte følgende:",
        "bullet: Helse",
        "paragraph: Dette er en hel setning.",
        "bullet: Punkt",
        `paragraph: Lang ${"x".repeat(100)}`,
        "bullet: Punkt",
        "heading 4: 1. Tydelighet og forutsigbarhet",
        "bullet: Kommunen må være enkel å forholde seg til.",
        "paragraph: Avslutning uten punkt etter",
      ],
      "a numbered point under «Gruppe 1» is one level deeper",
    );
    const built = buildReferat({ language: "nb", group, meeting: meeting(), attendees: [], entries: [] });
    const markdown = renderMarkdown({ ...built, items: [{ number: 1, title: "Sak", blocks: withSubHeadings(blocks) }] });
    assert.ok(markdown.includes("\n\n1. **Tydelighet og forutsigbarhet**\n\n   - Kommunen"), markdown);
    const alone = withSubHeadings(noteBlocks("1. Tydelighet\n• Kommunen", "note"));
    assert.deepEqual(alone[0], { kind: "heading", text: "1. Tydelighet" }, "numbered sub-headings with no sub-heading above stay level 3");
  });
});

describe("note blocks and sub-headings: the rules for consecutive bullets and the length of a sub-heading", () => {
  it("two bullets in a row are two bullets: a bullet is never a sub-heading, only a paragraph line before a bullet is", () => {
    const blocks = withSubHeadings(noteBlocks("Innledning uten kolon\n• Første\n• Andre", "note"));
    assert.deepEqual(
      blocks.map((block) => block.kind),
      ["heading", "bullet", "bullet"],
    );
  });

  it("a paragraph line before a bullet is a sub-heading up to 100 characters, and a paragraph from 101", () => {
    const heading = (length: number) => withSubHeadings(noteBlocks(`${"x".repeat(length)}\n• Punkt`, "note"))[0]?.kind;
    assert.equal(heading(100), "heading");
    assert.equal(heading(101), "paragraph");
  });

  it("a one-line decision is a decision bullet even when it ends with a colon; an indented line continues a paragraph", () => {
    assert.deepEqual(noteBlocks("Vedtatt slik:", "decision"), [{ kind: "bullet", text: "Vedtatt slik:", children: [], decision: true }]);
    assert.deepEqual(
      noteBlocks("1. Vedtatt", "decision"),
      [{ kind: "bullet", text: "Vedtatt", children: [], decision: true }],
      "its number goes",
    );
    assert.deepEqual(noteBlocks("Kommunene delte\n  status slik:\n• Asker", "note"), [
      { kind: "paragraph", text: "Kommunene delte status slik:" },
      { kind: "bullet", text: "Asker", children: [] },
    ]);
  });

  it("a point under a sub-heading starts with its number of one or two digits; a number later in the text makes no point", () => {
    const blocks = withSubHeadings(noteBlocks("Gruppe 3: Tiltak\n• a\n12. Tolvte\n• b\nFase 2) Gjennomføring\n• c", "note")).filter(
      (block) => block.kind === "heading",
    );
    assert.deepEqual(blocks, [
      { kind: "heading", text: "Gruppe 3: Tiltak" },
      { kind: "heading", text: "12. Tolvte", level: 4 },
      { kind: "heading", text: "Fase 2) Gjennomføring" },
    ]);
    const bullet = { kind: "bullet" as const, text: "1. Ikke et punkt", children: [] };
    assert.deepEqual(withSubHeadings([{ kind: "heading", text: "Gruppe 1" }, bullet])[1], bullet, "only sub-headings become points");
  });
});
