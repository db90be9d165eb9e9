import type { SetupTexts } from "./texts";

export const MAX_GROUP_NAME = 200;
export const MAX_LEADER_TITLE = 200;
export const MAX_MUNICIPALITIES = 100;
export const MAX_MUNICIPALITY_NAME = 100;

/** The municipalities typed in the editor, one per line, in order, each once. */
export function municipalityLines(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
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
