import { literal, markdownLink } from "../../shared/markdown-literal";
import { referatLabels } from "./texts";
import type { Bullet } from "../../shared/bullet-text";
import type { Block, Referat } from "./referat";
import { followUpLine, followUpOrigin, followUpStatusWord } from "./follow-up-lines";
import { NUMBERED_POINT } from "./note-blocks";

/**
 * User text as Markdown that renders literally in Teams and in any CommonMark reader, escaped
 * only where something would act (`literal`). Every unit of the referat is one line: runs of
 * white space (line breaks, an indent that would make a code block) become one space.
 */
export function markdownText(text: string, position: "lineStart" | "inline" = "lineStart"): string {
  return literal(text.replace(/\s+/g, " ").trim(), position);
}

const inline = (text: string): string => markdownText(text, "inline");
const bold = (text: string): string => `**${text}**`;
const labelled = (label: string, value: string): string => `${bold(`${label}:`)} ${inline(value)}`;

/**
 * The referat as a Teams chat message. Teams renders no Markdown headings in messages, so
 * headings (the title, each Sak, each municipality, a Sak's sub-headings) are bold paragraphs,
 * with an empty line before and after; every line is its own paragraph or list item.
 */
export function renderMarkdown(referat: Referat): string {
  const labels = referatLabels(referat.language);
  const out: string[] = [bold(inline(referat.title))];
  if (referat.time) out.push(labelled(labels.time, referat.time));
  out.push(labelled(labels.place, referat.place));
  if (referat.intro) out.push(markdownText(referat.intro));
  if (referat.papers) out.push(`${inline(labels.papers)}: ${markdownLink(referat.papers.text, referat.papers.url)}`);
  if (referat.present.length > 0) out.push(bold(`${labels.present}:`), list(referat.present.map((name) => `- ${markdownText(name)}`)));
  if (referat.absent.length > 0) {
    out.push(labelled(labels.absent, referat.absent.map((a) => (a.reason ? `${a.name} (${a.reason})` : a.name)).join(", ")));
  }
  if (referat.guests.length > 0) out.push(labelled(labels.guests, referat.guests.join(", ")));
  if (referat.chair)
    out.push(labelled(labels.chair, referat.chair.title ? `${referat.chair.name}, ${referat.chair.title}` : referat.chair.name));
  if (referat.secretary) out.push(labelled(labels.secretary, referat.secretary));
  const language = referat.language;
  for (const item of referat.items) {
    out.push(bold(inline(labels.item(item.number, item.title))));
    out.push(...blocks(item.blocks, labels.decision));
    if (item.carried) {
      const carried = item.carried.map(
        (f) => `- ${markdownText(followUpLine(f, language))} (${inline(followUpOrigin(f))}): ${bold(followUpStatusWord(f, language))}`,
      );
      out.push(list(carried));
    }
    for (const section of item.roundTable?.sections ?? []) {
      out.push(bold(inline(section.names ? `${section.municipality} – ${section.names}` : section.municipality)));
      if (section.bullets.length > 0) out.push(bullets(section.bullets));
    }
    // A paragraph each, after the Sak's lists: never read as one more item of the list above.
    for (const f of item.followUps ?? []) out.push(`${bold(`${labels.followUp}:`)} ${inline(followUpLine(f, language))}`);
  }
  // Teams messages have no tables: the open follow-ups as a list, each with where it was made.
  if (referat.openFollowUps) {
    out.push(bold(inline(labels.followUpsSection)));
    out.push(list(referat.openFollowUps.map((f) => `- ${markdownText(followUpLine(f, language))} (${inline(followUpOrigin(f))})`)));
  }
  return `${spaced(out)}\n`;
}

/**
 * Teams (and the Agents Playground) draw consecutive paragraphs without space between them, so a
 * bold heading ran into the line after it ("Sak 2: …" straight onto "Asker – …"). A paragraph of one
 * no-break space is an empty line to any CommonMark reader: one stands between a heading and the
 * paragraph or heading next to it. A list has space around it already.
 */
const EMPTY_LINE = "\u00a0";
const isHeading = (part: string): boolean => /^\*\*[^*].*\*\*$/.test(part) && !part.endsWith(":**");
const isList = (part: string): boolean => /^(- |\d{1,2}\. )/.test(part);

function spaced(parts: string[]): string {
  return parts.reduce((text, part, index) => {
    if (index === 0) return part;
    const before = parts[index - 1] ?? "";
    const gap = (isHeading(part) || isHeading(before)) && !isList(part) && !isList(before);
    return `${text}\n\n${gap ? `${EMPTY_LINE}\n\n` : ""}${part}`;
  }, "");
}

/**
 * Consecutive bullets form one list; a paragraph or sub-heading between them starts a new one.
 * A numbered point under a sub-heading (level 4) is an item of a numbered list, its bullets nested under it.
 */
function blocks(items: Block[], decisionLabel: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let nested = false;
  const flush = () => {
    if (run.length > 0) out.push(list(run));
    run = [];
  };
  for (const block of items) {
    if (block.kind === "bullet") {
      const text = block.decision ? `${bold(`${decisionLabel}:`)} ${inline(block.text)}` : markdownText(block.text);
      const lines = bulletLines({ text, children: block.children.map((child) => markdownText(child)) });
      run.push(nested ? indented(lines) : lines);
      continue;
    }
    flush();
    const point = block.kind === "heading" && block.level === 4 ? NUMBERED_POINT.exec(block.text) : null;
    nested = point !== null;
    if (point) out.push(`${point[1]}. ${bold(inline(point[2] ?? ""))}`);
    else out.push(block.kind === "heading" ? bold(inline(block.text)) : markdownText(block.text));
  }
  flush();
  return out;
}

/** Under a numbered item ("1. "), three spaces make a line part of it. */
const indented = (lines: string): string =>
  lines
    .split("\n")
    .map((line) => `   ${line}`)
    .join("\n");

const bullets = (items: Bullet[]): string =>
  list(
    items.map((bullet) => bulletLines({ text: markdownText(bullet.text), children: bullet.children.map((child) => markdownText(child)) })),
  );

const bulletLines = (bullet: Bullet): string => [`- ${bullet.text}`, ...bullet.children.map((child) => `  - ${child}`)].join("\n");

const list = (lines: string[]): string => lines.join("\n");
