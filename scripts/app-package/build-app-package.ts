import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { z } from "zod";
import { checkLocalization, checkManifest } from "./manifest-schema";

/** What `${{NAME}}` placeholders in appPackage/*.json are filled with (Agents Toolkit syntax). */
export const packageValuesSchema = z.object({
  TEAMS_APP_ID: z.string().uuid("TEAMS_APP_ID must be the Teams app's id (a GUID)"),
  BOT_ID: z.string().uuid("BOT_ID must be the bot's Entra application (client) id (a GUID)"),
  BOT_DOMAIN: z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, "BOT_DOMAIN must be the bot's host name only, such as motebot01.azurewebsites.net"),
  // The app registration (aad.manifest.json): the meeting panel's single sign-on and the RSC permissions' app.
  AAD_APP_CLIENT_ID: z.string().uuid("AAD_APP_CLIENT_ID must be the client id of the app registration of aad.manifest.json (a GUID)"),
});
export type PackageValues = z.infer<typeof packageValuesSchema>;

const manifestShape = z
  .object({
    manifestVersion: z.string(),
    icons: z.object({ color: z.string(), outline: z.string() }),
    localizationInfo: z.object({ additionalLanguages: z.array(z.object({ file: z.string() })).default([]) }).optional(),
  })
  .passthrough();

export class AppPackageError extends Error {}

function fill(template: string, values: PackageValues): string {
  return template.replace(/\$\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
    const value = (values as Record<string, string>)[name];
    if (value === undefined) throw new AppPackageError(`${placeholder} has no value`);
    return value;
  });
}

/** Fills the placeholders, checks the manifest and its language files against the official schema, zips. */
export async function buildAppPackage(folder: string, values: PackageValues): Promise<Buffer> {
  const manifestText = fill(readFileSync(join(folder, "manifest.json"), "utf8"), values);
  const raw: unknown = JSON.parse(manifestText);
  const manifest = manifestShape.parse(raw);
  const manifestCheck = checkManifest(manifest.manifestVersion, raw);
  if (!manifestCheck.valid) throw new AppPackageError(`manifest.json does not pass the schema:\n  ${manifestCheck.errors.join("\n  ")}`);

  const zip = new JSZip();
  // A fixed date keeps the zip identical for identical input.
  const date = new Date("2025-01-01T00:00:00Z");
  zip.file("manifest.json", manifestText, { date });
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const text = fill(readFileSync(join(folder, file), "utf8"), values);
    const localizationCheck = checkLocalization(manifest.manifestVersion, JSON.parse(text));
    if (!localizationCheck.valid)
      throw new AppPackageError(`${file} does not pass the schema:\n  ${localizationCheck.errors.join("\n  ")}`);
    zip.file(file, text, { date });
  }
  for (const icon of [manifest.icons.color, manifest.icons.outline]) zip.file(icon, readFileSync(join(folder, icon)), { date });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
