export type Language = "nb" | "en";

/**
 * Norwegian by default; English when the activity's or the client's locale is `en-*`.
 * `fixed` (the BOT_LANGUAGE setting) overrides the client's locale.
 */
export function languageOf(activity: { locale?: string; entities?: Array<Record<string, unknown>> }, fixed?: Language): Language {
  if (fixed) return fixed;
  const clientLocale = activity.entities?.find((entity) => entity.type === "clientInfo")?.locale;
  const locale = activity.locale ?? (typeof clientLocale === "string" ? clientLocale : undefined);
  return locale?.toLowerCase().startsWith("en") ? "en" : "nb";
}
