import { appendToLast, typedLines } from "../../shared/bullet-text";
import type { Block } from "./referat";

/**
 * A note as the referat shows it. One line is one bullet — unless it ends with a colon: an
 * introduction ("Kommunene delte status …:") is a paragraph. In a longer note, lines with a
 * bullet marker are bullets (indented ones sub-bullets), other lines are paragraphs — so a
 * secretary can write "Gruppe 1: …" or "1. Tydelighet …" as a sub-heading above its bullets.
 * In a decision every line is a bullet marked as decision.
 */
export function noteBlocks(text: string, kind: "note" | "decision"): Block[] {
  const lines = typedLines(text);
  const decision = kind === "decision" ? ({ decision: true } as const) : {};
  const only = lines.length === 1 ? lines[0] : undefined;
  // A one-line decision ending with a colon is a decision bullet all the same: the loop below makes it one.
  if (only && (only.marked || !only.content.endsWith(":"))) {
    return [{ kind: "bullet", text: only.content, children: [], ...decision }];
  }
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    const bulletLine = line.marked && !line.numbered;
    if (line.indented && previous?.kind === "bullet" && bulletLine) {
      previous.children.push(line.content);
    } else if (line.indented && previous) {
      if (previous.kind === "bullet") appendToLast(previous, line.content);
      else previous.text = `${previous.text} ${line.content}`;
    } else if (bulletLine || kind === "decision") {
      blocks.push({ kind: "bullet", text: bulletLine ? line.content : line.whole, children: [], ...decision });
    } else {
      blocks.push({ kind: "paragraph", text: line.whole });
    }
  }
  return blocks;
}

/** A sub-heading is short and reads as a title, not a sentence or an introduction to a list. */
const MAX_SUB_HEADING = 100;
const SENTENCE_END = /[.:;,!?…]$/;

/**
 * The rule for sub-headings inside a Sak (README: "The referat's headings"): a paragraph line
 * directly followed by a bullet is a sub-heading ("Gruppe 1: Internasjonal rekruttering …",
 * "1. Tydelighet og forutsigbarhet") when it is at most 100 characters and does not end as a
 * sentence or an introduction does (. : ; , ! ? …). Word makes it Heading 3, the chat bold.
 */
export function withSubHeadings(blocks: Block[]): Block[] {
  const headed = blocks.map((block, index): Block =>
    block.kind === "paragraph" &&
    blocks[index + 1]?.kind === "bullet" &&
    block.text.length <= MAX_SUB_HEADING &&
    !SENTENCE_END.test(block.text)
      ? { kind: "heading", text: block.text }
      : block,
  );
  return withNumberedPoints(headed);
}

/** "1. Tydelighet og forutsigbarhet", "2) Samspill": a numbered point. */
// A paragraph's text has its spaces collapsed to one (typedLines).
export const NUMBERED_POINT = /^(\d{1,2})[.)] (\S.*)/;

/**
 * Numbered sub-headings that follow a sub-heading that is not numbered ("Gruppe 3: …", then
 * "1. …" to "8. …") are its points: one level deeper (Heading 4 in Word, a numbered list in the
 * chat), never its siblings. The next sub-heading that is not numbered ("Gruppe 4") ends them.
 */
function withNumberedPoints(blocks: Block[]): Block[] {
  let underHeading = false;
  return blocks.map((block) => {
    if (block.kind !== "heading") return block;
    const numbered = NUMBERED_POINT.test(block.text);
    if (!numbered) underHeading = true;
    return numbered && underHeading ? { ...block, level: 4 } : block;
  });
}
