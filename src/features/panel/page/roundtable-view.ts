import { draftOr, remember, type Controller } from "./controller";
import { button, el, field, notice } from "./dom";
import { messageOf } from "./meeting-view";
import type { EntryForm } from "./state";

/** Who has reported, who is awaited, the deadline and the next reminder. */
export function roundTableSection(c: Controller): HTMLElement | undefined {
  const table = c.state.roundTable;
  if (!table) return undefined;
  const { labels } = c;
  return el("section", { "aria-labelledby": "roundtable-heading" }, [
    el("h2", { id: "roundtable-heading" }, [labels.roundTable(table.topic)]),
    table.deadline ? el("p", {}, [labels.deadline(table.deadline)]) : undefined,
    table.nextReminder ? el("p", { class: "muted" }, [labels.nextReminder(table.nextReminder)]) : undefined,
    table.open ? undefined : el("p", {}, [labels.closed]),
    el("h3", {}, [`${labels.reported} (${table.reported.length})`]),
    el(
      "ul",
      { class: "reported" },
      table.reported.map((row) =>
        el("li", {}, [`✓ ${row.municipality}`, row.by ? ` – ${row.by}` : "", row.changedBy ? labels.changedBy(row.changedBy) : ""]),
      ),
    ),
    table.waiting.length > 0 ? el("h3", {}, [`${labels.waiting} (${table.waiting.length})`]) : undefined,
    table.waiting.length > 0 ? el("p", {}, [table.waiting.join(", ")]) : undefined,
  ]);
}

/** The user's own entry: the card's form rules (the server decides), drawn with Fluent. */
export function entrySection(c: Controller): HTMLElement | undefined {
  const entry = c.state.entry;
  if (!entry || !c.state.roundTable) return undefined;
  if ("refusal" in entry) return entry.refusal ? el("section", {}, [notice(entry.refusal)]) : undefined;
  return el("section", { "aria-labelledby": "entry-heading" }, [
    el("h2", { id: "entry-heading" }, [`${c.labels.yourEntry} ${entry.municipality}`]),
    ...entryForm(c, entry),
  ]);
}

function entryForm(c: Controller, entry: EntryForm): Array<HTMLElement | undefined> {
  const { labels } = c;
  const key = `entry-${entry.municipality}`;
  const text = field("fluent-textarea", labels.entryLabel(entry.municipality), draftOr(c, key, entry.text), { key, rows: 6 });
  remember(c, key, text.input);
  const presentersKey = `presenters-${entry.municipality}`;
  const presenters = c.state.you.leader
    ? field("fluent-text-input", labels.presenters, draftOr(c, presentersKey, entry.presenters ?? ""), { key: presentersKey })
    : undefined;
  if (presenters) remember(c, presentersKey, presenters.input);
  const submit = async () => {
    const answer = await c.act("entry", {
      verb: "roundtable.submit",
      municipality: entry.municipality,
      ...(entry.baseRevision ? { baseRevision: entry.baseRevision } : {}),
      entryText: text.input.value,
      ...(presenters ? { presenters: presenters.input.value } : {}),
      ...(entry.replacing ? { replaceConfirmed: "true" } : {}),
    });
    if (answer.status === 200 && answer.body.saved) {
      c.drafts.delete(key);
      c.drafts.delete(presentersKey);
    }
  };
  const chooser =
    entry.choices.length > 1
      ? el("label", { class: "chooser" }, [
          `${labels.municipality} `,
          el(
            "select",
            { "data-key": "municipality" },
            entry.choices.map((choice) => el("option", { value: choice, selected: choice === entry.municipality }, [choice])),
            { change: (event) => c.chooseMunicipality((event.target as HTMLSelectElement).value) },
          ),
        ])
      : undefined;
  return [
    chooser,
    entry.replacing ? notice(labels.replacing(entry.municipality, entry.replacing.join(", ")), "warning") : undefined,
    entry.unconfirmed
      ? notice(labels.unconfirmed(entry.unconfirmed.by), "warning", [
          entry.unconfirmed.canConfirm
            ? button(labels.confirm, () => void c.act("entry", { verb: "roundtable.confirm", municipality: entry.municipality }), {
                key: "confirm-entry",
              })
            : undefined,
        ])
      : undefined,
    text.field,
    presenters?.field,
    messageOf(c, "entry"),
    button(entry.replacing ? labels.replace : labels.submit, () => void submit(), { primary: true, key: "submit-entry" }),
  ];
}
