import { draftOr, remember, type Controller } from "./controller";
import { button, el, field, heading, notice } from "./dom";
import type { AgendaItem } from "./state";

/** Title, time, status and who you are. */
export function headerSection(c: Controller): HTMLElement {
  const { state, labels } = c;
  const meeting = state.meeting;
  return el("header", {}, [
    el("h1", {}, [meeting?.title ?? "Møtebot"]),
    meeting ? el("p", { class: "muted" }, [`${meeting.time} · ${labels.status[meeting.status]}`]) : undefined,
    el("p", { class: "muted" }, [labels.you(state.you.name, labels.roles[state.you.role])]),
    meeting ? undefined : notice(labels.noMeeting),
  ]);
}

/** Forrige / Neste and the forms to add a note, decision or follow-up to the current item: the chair's and secretary's. */
export function controlsSection(c: Controller): HTMLElement | undefined {
  const meeting = c.state.meeting;
  if (!c.state.you.leader || !meeting || meeting.agenda.length === 0) return undefined;
  const { labels } = c;
  const shownIndex = meeting.currentIndex;
  const item = meeting.agenda[shownIndex];
  const note = field("fluent-textarea", labels.noteLabel, draftOr(c, "note", ""), { key: "note", rows: 2 });
  remember(c, "note", note.input);
  const addNote = (verb: "meeting.note" | "meeting.decision") => async () => {
    const answer = await c.act("controls", { verb, noteText: note.input.value, shownIndex });
    if (answer.status === 200) c.drafts.delete("note");
  };
  const followUp = field("fluent-text-input", labels.followUpText, draftOr(c, "fu-text", ""), { key: "fu-text" });
  const responsible = field("fluent-text-input", labels.followUpResponsible, draftOr(c, "fu-resp", ""), { key: "fu-resp" });
  const deadline = field("fluent-text-input", labels.followUpDeadline, draftOr(c, "fu-deadline", ""), {
    key: "fu-deadline",
    placeholder: "2027-01-31",
  });
  for (const [key, each] of [
    ["fu-text", followUp],
    ["fu-resp", responsible],
    ["fu-deadline", deadline],
  ] as const)
    remember(c, key, each.input);
  const addFollowUp = async () => {
    const answer = await c.act("controls", {
      verb: "meeting.followUp",
      followUpText: followUp.input.value,
      followUpResponsible: responsible.input.value,
      followUpDeadline: deadline.input.value,
      shownIndex,
    });
    if (answer.status === 200) for (const key of ["fu-text", "fu-resp", "fu-deadline"]) c.drafts.delete(key);
  };
  return el("section", { "aria-label": labels.addTitle(shownIndex + 1) }, [
    el("div", { class: "row" }, [
      button(labels.previous, () => void c.act("controls", { verb: "meeting.previous", shownIndex }), { key: "previous" }),
      button(labels.next, () => void c.act("controls", { verb: "meeting.next", shownIndex }), { key: "next", primary: true }),
    ]),
    messageOf(c, "controls"),
    item ? heading(3, labels.addTitle(shownIndex + 1)) : undefined,
    note.field,
    el("div", { class: "row" }, [
      button(labels.addNote, addNote("meeting.note"), { key: "add-note" }),
      button(labels.addDecision, addNote("meeting.decision"), { key: "add-decision" }),
    ]),
    followUp.field,
    el("div", { class: "row" }, [responsible.field, deadline.field]),
    button(labels.addFollowUp, () => void addFollowUp(), { key: "add-follow-up" }),
  ]);
}

/** The agenda: done, current and upcoming, the current item's notes and decisions, "Gå til" for leaders. */
export function agendaSection(c: Controller): HTMLElement | undefined {
  const meeting = c.state.meeting;
  if (!meeting) return undefined;
  const { labels } = c;
  const items = meeting.agenda.map((item) =>
    el("li", { class: `item ${item.state}`, "aria-current": item.state === "current" ? "step" : undefined }, [
      el("div", { class: "item-head" }, [
        el("span", { class: "item-title" }, [`${item.number}. ${item.title}`]),
        el(
          "fluent-badge",
          { appearance: item.state === "current" ? "filled" : "tint", color: item.state === "current" ? "brand" : "informative" },
          [labels.itemState[item.state]],
        ),
      ]),
      item.state === "current" || c.state.you.role === "secretary" ? notesOf(c, item) : undefined,
      c.state.you.leader && item.state !== "current" && meeting.status !== "ended"
        ? button(
            labels.goTo(item.number),
            () => void c.act("controls", { verb: "meeting.goto", itemNumber: item.number, shownIndex: meeting.currentIndex }),
            {
              key: `goto-${item.key}`,
            },
          )
        : undefined,
      c.state.you.role === "secretary" && c.editing?.itemKey !== item.key
        ? button(labels.editNotes(item.number), () => c.edit({ itemKey: item.key, baseVersion: item.notesVersion }), {
            key: `edit-${item.key}`,
          })
        : undefined,
      c.editing?.itemKey === item.key ? notesEditor(c, item) : undefined,
    ]),
  );
  return el("section", { "aria-labelledby": "agenda-heading" }, [
    el("h2", { id: "agenda-heading" }, [labels.agenda]),
    items.length > 0 ? el("ol", { class: "agenda" }, items) : el("p", {}, [labels.noAgenda]),
  ]);
}

function notesOf(c: Controller, item: AgendaItem): HTMLElement | undefined {
  if (item.notes.length === 0) return undefined;
  return el(
    "ul",
    { class: "notes" },
    item.notes.map((note) =>
      el("li", { class: note.kind }, [note.kind === "decision" ? el("strong", {}, [`${c.labels.decision}: `]) : undefined, note.text]),
    ),
  );
}

/** The secretary's text area for one item's notes; on a conflict, the other version and her choice. */
function notesEditor(c: Controller, item: AgendaItem): HTMLElement {
  const editing = c.editing;
  const { labels } = c;
  const key = `notes-${item.key}`;
  const area = field("fluent-textarea", labels.notesLabel(item.number), draftOr(c, key, item.notesText), { key, rows: 6 });
  remember(c, key, area.input);
  const save = async (baseVersion: string, text: string) => {
    const answer = await c.act("editor", { verb: "notes.edit", itemKey: item.key, baseVersion, text });
    if (answer.status === 200) {
      c.drafts.delete(key);
      c.edit(undefined);
    } else if (answer.status === 409 && answer.body.theirs) {
      // Nothing is lost: her text stays, and what the others wrote that it lacks is added below it.
      const mine = paragraphs(text);
      const added = paragraphs(answer.body.theirs.text).filter((paragraph) => !mine.includes(paragraph));
      c.drafts.set(key, [...mine, ...added].join("\n\n"));
      const message = `${answer.body.message ?? ""} ${added.length > 0 ? labels.merged : ""}`.trim();
      c.edit({ itemKey: item.key, baseVersion, conflict: { message, theirs: answer.body.theirs } });
    }
  };
  const conflict = editing?.conflict;
  return el("div", { class: "editor" }, [
    conflict ? notice(conflict.message, "warning") : undefined,
    conflict ? el("p", {}, [labels.theirVersion]) : undefined,
    conflict ? el("pre", { class: "theirs" }, [conflict.theirs.text]) : undefined,
    area.field,
    messageOf(c, "editor"),
    el("div", { class: "row" }, [
      conflict
        ? button(labels.keepMine, () => void save(conflict.theirs.version, area.input.value), { primary: true, key: "keep-mine" })
        : button(labels.save, () => void save(editing?.baseVersion ?? item.notesVersion, area.input.value), {
            primary: true,
            key: "save-notes",
          }),
      conflict
        ? button(
            labels.takeTheirs,
            () => {
              c.drafts.delete(key);
              c.edit({ itemKey: item.key, baseVersion: conflict.theirs.version });
            },
            { key: "take-theirs" },
          )
        : undefined,
      button(
        labels.cancel,
        () => {
          c.drafts.delete(key);
          c.edit(undefined);
        },
        { key: "cancel-notes" },
      ),
    ]),
  ]);
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

export function messageOf(c: Controller, section: string): HTMLElement | undefined {
  const message = c.messages.get(section);
  return message ? notice(message.text, message.intent) : undefined;
}
