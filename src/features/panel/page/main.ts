import "./components";
import { PanelApi } from "./api";
import { configureTab } from "./configure";
import type { Controller, NotesEditing } from "./controller";
import { devHost } from "./dev-host";
import { el, notice } from "./dom";
import { inFrame, teamsHost, type PanelHost } from "./host";
import { labelsFor } from "./labels";
import { attendanceSection, followUpsSection } from "./lists-view";
import { agendaSection, controlsSection, headerSection } from "./meeting-view";
import { entrySection, roundTableSection } from "./roundtable-view";
import type { PanelState } from "./state";
import { applyTheme } from "./theme";

/** How often an open panel asks for changes: a change anywhere shows within this and one round trip. */
const POLL_MS = 1000;

/** The panel's sections in order; each is redrawn only when what it draws from changed (typing is not interrupted). */
const SECTIONS: Array<[string, (c: Controller) => HTMLElement | undefined, (c: Controller) => unknown]> = [
  ["header", headerSection, (c) => [c.state.meeting?.title, c.state.meeting?.time, c.state.meeting?.status, c.state.you]],
  [
    "controls",
    controlsSection,
    (c) => [c.state.you, c.state.meeting?.currentIndex, c.state.meeting?.agenda.length, c.messages.get("controls")],
  ],
  ["agenda", agendaSection, (c) => [c.state.meeting, c.state.you, c.editing, c.messages.get("editor")]],
  ["entry", entrySection, (c) => [c.state.entry, c.state.roundTable?.open, c.state.you, c.messages.get("entry")]],
  ["roundtable", roundTableSection, (c) => c.state.roundTable],
  ["attendance", attendanceSection, (c) => c.state.attendance],
  ["followups", followUpsSection, (c) => c.state.followUps],
];

async function start(): Promise<void> {
  const root = document.getElementById("panel");
  if (!root) return;
  if (location.pathname.endsWith("/panel/configure")) return configureTab(root);
  let host: PanelHost;
  try {
    host = inFrame() ? await teamsHost() : await devHost();
  } catch (error) {
    root.replaceChildren(notice(String(error), "error"));
    return;
  }
  applyTheme(host.theme);
  host.onThemeChange(applyTheme);
  if (host.devPicker) document.body.prepend(host.devPicker);
  const api = new PanelApi(host);
  const shown = new Map<string, string>();
  const containers = new Map(SECTIONS.map(([name]) => [name, el("div", { "data-section": name })]));
  let controller: Controller | undefined;

  const draw = () => {
    if (!controller) return;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    for (const [name, render, input] of SECTIONS) {
      const signature = JSON.stringify(input(controller) ?? null);
      if (shown.get(name) === signature) continue;
      shown.set(name, signature);
      const section = render(controller);
      containers.get(name)?.replaceChildren(...(section ? [section] : []));
    }
    if (root.dataset.ready !== "true") {
      root.replaceChildren(...containers.values());
      root.dataset.ready = "true";
    }
    if (focused && (document.activeElement === document.body || !document.activeElement))
      root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  };

  const refresh = async () => {
    const state = await api.state();
    if (!state) return;
    controller = controllerFor(state, controller, api, draw, refresh);
    draw();
  };

  const poll = async () => {
    try {
      await refresh();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const labels = labelsFor(host.language);
      root.dataset.ready = "false";
      shown.clear();
      root.replaceChildren(notice(status === 401 ? labels.signedOut : (error as Error).message || labels.failed, "error"));
    }
    setTimeout(() => void poll(), document.hidden ? POLL_MS * 5 : POLL_MS);
  };
  await poll();
}

function controllerFor(
  state: PanelState,
  previous: Controller | undefined,
  api: PanelApi,
  draw: () => void,
  refresh: () => Promise<void>,
): Controller {
  if (previous) {
    previous.state = state;
    previous.labels = labelsFor(state.language);
    return previous;
  }
  const controller: Controller = {
    state,
    labels: labelsFor(state.language),
    drafts: new Map(),
    editing: undefined,
    messages: new Map(),
    async act(section, action) {
      controller.messages.delete(section);
      const answer = await api.act(action);
      const text = answer.body.error ?? answer.body.message;
      if (text) controller.messages.set(section, { text, intent: answer.status >= 400 ? "error" : answer.body.saved ? "success" : "info" });
      if (answer.status >= 500 && !text) controller.messages.set(section, { text: controller.labels.failed, intent: "error" });
      draw();
      await refresh().catch(() => undefined);
      return answer;
    },
    edit(editing: NotesEditing | undefined) {
      controller.editing = editing;
      controller.messages.delete("editor");
      draw();
    },
    chooseMunicipality(municipality) {
      api.municipality = municipality;
      api.forget();
      void refresh();
    },
  };
  return controller;
}

void start();
