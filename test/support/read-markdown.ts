import MarkdownIt from "markdown-it";

/** One paragraph or list item of a Markdown text, as a CommonMark reader sees it. */
export interface MarkdownBlock {
  /** "point": an item of a numbered list ("1. Tydelighet …"), its number part of its text as a reader sees it. */
  kind: "paragraph" | "item" | "point";
  /** 0 for a top-level bullet, 1 for a nested one (bullet lists only: the bullets under a numbered point stay 0); 0 for paragraphs. */
  level: number;
  /** The text a reader sees: escapes and entities resolved, markup removed. */
  text: string;
  /** The whole paragraph is bold (how the referat marks its headings in Teams). */
  bold: boolean;
  /** Markup that user text must never produce. */
  links: number;
  html: number;
  strong: number;
}

const markdown = new MarkdownIt("commonmark");

export function readMarkdown(source: string): MarkdownBlock[] {
  const tokens = markdown.parse(source, {});
  const blocks: MarkdownBlock[] = [];
  const lists: Array<"bullet" | "ordered"> = [];
  let inItem = false;
  let number: string | undefined;
  for (const token of tokens) {
    if (token.type === "bullet_list_open") lists.push("bullet");
    if (token.type === "ordered_list_open") lists.push("ordered");
    if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    if (token.type === "list_item_open") {
      inItem = true;
      number = lists.at(-1) === "ordered" ? token.info : undefined;
    }
    if (token.type !== "inline") continue;
    const children = (token.children ?? []).filter((child) => !(child.type === "text" && child.content === ""));
    const text = children
      .map((child) =>
        child.type === "text" || child.type === "code_inline" || child.type === "html_inline"
          ? child.content
          : child.type === "softbreak" || child.type === "hardbreak"
            ? " "
            : "",
      )
      .join("");
    const shown = number !== undefined ? `${number}. ${text}` : text;
    const count = (type: string) => children.filter((child) => child.type === type).length;
    const first = children[0];
    const last = children[children.length - 1];
    blocks.push({
      kind: number !== undefined ? "point" : inItem ? "item" : "paragraph",
      level: inItem ? Math.max(0, lists.filter((list) => list === "bullet").length - 1) : 0,
      text: shown,
      bold: first?.type === "strong_open" && last?.type === "strong_close" && count("strong_open") === 1,
      links: count("link_open"),
      html: count("html_inline"),
      strong: count("strong_open"),
    });
    inItem = false;
    number = undefined;
  }
  return blocks;
}

/** Every kind of markup in a block tree a referat has no business producing from user text. */
export const htmlBlocksIn = (source: string): number =>
  markdown
    .parse(source, {})
    .filter(
      (t) =>
        t.type === "html_block" ||
        t.type === "heading_open" ||
        t.type === "hr" ||
        t.type === "code_block" ||
        t.type === "fence" ||
        t.type === "blockquote_open",
    ).length;
