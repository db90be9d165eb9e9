import type { ActionAnswer } from "./api";
import type { Labels } from "./labels";
import type { PanelState } from "./state";

/** The secretary's open editor: the item, the version she started from, and a conflict if her save met one. */
export interface NotesEditing {
  itemKey: string;
  baseVersion: string;
  conflict?: { message: string; theirs: { text: string; version: string } };
}

/** What each section of the panel draws from and acts through. */
export interface Controller {
  state: PanelState;
  labels: Labels;
  /** What the user typed, by field key: kept across redraws until it is saved. */
  drafts: Map<string, string>;
  editing: NotesEditing | undefined;
  /** The latest answer to show at a section (by section name). */
  messages: Map<string, { text: string; intent: "info" | "warning" | "error" | "success" }>;
  act(section: string, action: Record<string, unknown>): Promise<ActionAnswer>;
  edit(editing: NotesEditing | undefined): void;
  chooseMunicipality(municipality: string): void;
}

/** A field's value: what the user typed, else what is stored. */
export const draftOr = (controller: Controller, key: string, stored: string): string => controller.drafts.get(key) ?? stored;

/** Keeps what the user types in the drafts, so a redraw does not lose it. */
export function remember(controller: Controller, key: string, input: HTMLElement & { value: string }): void {
  input.addEventListener("input", () => controller.drafts.set(key, input.value));
}
