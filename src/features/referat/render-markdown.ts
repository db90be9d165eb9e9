import { literal } from "../../shared/markdown-literal";
import { referatLabels } from "./texts";
import type { Bullet } from "../../shared/bullet-text";
import type { Block, Referat } from "./referat";

/**
 * User text as Markdown that renders literally in Teams and in any CommonMark reader: the
 * card escaping, plus a leading `-`, `+` or `=` (rules, setext headings).
 * Every unit of the referat is one line: runs of white space (line breaks, an indent that
 * would make a code block) become one space.
 */
export function markdownText(text: string): string {
  return literal(text.replace(/\s+/g, " ").trim()).replace(
    /^(\s*)([-+=])/gm,
    (_match, space: string, marker: string) => `${space}\\${marker}`,
  );
}

const bold = (text: string): string => `**${text}**`;

/**
 * The referat as a Teams chat message. Teams renders no Markdown headings in messages, so
 * headings are bold paragraphs; every line is its own paragraph or list item.
 */
export function renderMarkdown(referat: Referat): string {
  const labels = referatLabels(referat.language);
  const md = markdownText;
  const out: string[] = [bold(md(referat.title))];
  if (referat.time) out.push(`${bold(`${labels.time}:`)} ${md(referat.time)}`);
  out.push(`${bold(`${labels.place}:`)} ${md(referat.place)}`);
  if (referat.present.length > 0) out.push(bold(`${labels.present}:`), list(referat.present.map((name) => `- ${md(name)}`)));
  if (referat.absent.length > 0) {
    out.push(`${bold(`${labels.absent}:`)} ${referat.absent.map((a) => md(a.reason ? `${a.name} (${a.reason})` : a.name)).join(", ")}`);
  }
  if (referat.guests.length > 0) out.push(`${bold(`${labels.guests}:`)} ${referat.guests.map(md).join(", ")}`);
  if (referat.chair)
    out.push(
      `${bold(`${labels.chair}:`)} ${md(referat.chair.title ? `${referat.chair.name}, ${referat.chair.title}` : referat.chair.name)}`,
    );
  if (referat.secretary) out.push(`${bold(`${labels.secretary}:`)} ${md(referat.secretary)}`);
  for (const item of referat.items) {
    out.push(bold(md(labels.item(item.number, item.title))));
    out.push(...blocks(item.blocks, labels.decision));
    for (const section of item.roundTable?.sections ?? []) {
      out.push(bold(md(section.names ? `${section.municipality} – ${section.names}` : section.municipality)));
      if (section.bullets.length > 0) out.push(bullets(section.bullets));
    }
  }
  return `${out.join("\n\n")}\n`;
}

/** Consecutive bullets form one list; a paragraph between them starts a new one. */
function blocks(items: Block[], decisionLabel: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(list(run));
    run = [];
  };
  for (const block of items) {
    if (block.kind === "paragraph") {
      flush();
      out.push(markdownText(block.text));
    } else {
      const text = block.decision ? `${bold(`${decisionLabel}:`)} ${markdownText(block.text)}` : markdownText(block.text);
      run.push(bulletLines({ text, children: block.children.map(markdownText) }));
    }
  }
  flush();
  return out;
}

const bullets = (items: Bullet[]): string =>
  list(items.map((bullet) => bulletLines({ text: markdownText(bullet.text), children: bullet.children.map(markdownText) })));

const bulletLines = (bullet: Bullet): string => [`- ${bullet.text}`, ...bullet.children.map((child) => `  - ${child}`)].join("\n");

const list = (lines: string[]): string => lines.join("\n");
