import { cleanText, namesSomething, sameNameKey } from "../../shared/text/clean-text";
import type { SetupTexts } from "./texts";

export const MAX_GROUP_NAME = 200;
export const MAX_LEADER_TITLE = 200;
export const MAX_MUNICIPALITIES = 100;
export const MAX_MUNICIPALITY_NAME = 100;

/**
 * The municipalities typed in the editor, one per line, in order, each once: "OSLO" after
 * "Oslo" is the same municipality (the first spelling is kept). A line without a letter or a
 * digit on it names nothing: it is a blank line.
 */
export function municipalityLines(text: string | undefined): string[] {
  const byKey = new Map<string, string>();
  for (const line of cleanText(text ?? "").split(/\r?\n/)) {
    const name = line.replace(/\s+/g, " ").trim();
    const key = sameNameKey(name);
    if (namesSomething(name) && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/** Why the group's setup fields cannot be saved as typed, or undefined when they can. */
export function setupLimitRefusal(
  texts: SetupTexts,
  fields: { name?: string; leaderTitle?: string; municipalities?: string },
): string | undefined {
  if ((fields.name?.trim().length ?? 0) > MAX_GROUP_NAME) return texts.nameTooLong;
  if ((fields.leaderTitle?.trim().length ?? 0) > MAX_LEADER_TITLE) return texts.leaderTitleTooLong;
  const municipalities = municipalityLines(fields.municipalities);
  if (municipalities.length > MAX_MUNICIPALITIES) return texts.tooManyMunicipalities;
  if (municipalities.some((name) => name.length > MAX_MUNICIPALITY_NAME)) return texts.municipalityTooLong;
  return undefined;
}
