type Child = Node | string | undefined | false;

/** An element with attributes and children; `on` handlers by event name. */
export function el(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  children: Child[] = [],
  on: Record<string, (event: Event) => void> = {},
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  for (const [event, handler] of Object.entries(on)) element.addEventListener(event, handler);
  return element;
}

/** A Fluent button; `primary` for the one main action of a section. */
export const button = (label: string, onClick: () => void, options: { primary?: boolean; key?: string; disabled?: boolean } = {}) =>
  el(
    "fluent-button",
    {
      appearance: options.primary ? "primary" : undefined,
      "data-key": options.key,
      disabled: options.disabled,
    },
    [label],
    { click: onClick },
  );

/**
 * A Fluent text area or text input with its label in the control's own label slot: the native control
 * inside gets its accessible name from it, and clicking the label focuses it.
 */
export function field(
  kind: "fluent-textarea" | "fluent-text-input",
  label: string,
  value: string,
  options: { key: string; rows?: number; placeholder?: string },
): { field: HTMLElement; input: HTMLElement & { value: string } } {
  const input = el(
    kind,
    {
      "data-key": options.key,
      placeholder: options.placeholder,
      resize: kind === "fluent-textarea" ? "vertical" : undefined,
      block: kind === "fluent-textarea",
      rows: options.rows ? String(options.rows) : undefined,
      class: "field",
    },
    // The text area labels its control from its `label` slot, the text input from its default slot.
    [el("span", { slot: kind === "fluent-textarea" ? "label" : undefined }, [label])],
  ) as HTMLElement & { value: string };
  input.value = value;
  return { field: input, input };
}

/** A Fluent message bar (`intent`: info, warning, error, success). */
export const notice = (text: string, intent: "info" | "warning" | "error" | "success" = "info", extra: Child[] = []) =>
  el("fluent-message-bar", { intent, layout: "multiline", role: intent === "error" ? "alert" : "status" }, [text, ...extra]);

export const heading = (level: 2 | 3, text: string) => el(`h${level}`, {}, [text]);
