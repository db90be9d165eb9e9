/**
 * `npm run package`: builds appPackage/build/appPackage.zip for upload to Teams (admin center or
 * Developer Portal) from appPackage/manifest.json, its language files and icons, with
 * TEAMS_APP_ID, BOT_ID and BOT_DOMAIN from the environment (the outputs of provisioning).
 * Without TEAMS_APP_ID a new id is made; keep it to update the same app later.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { AppPackageError, buildAppPackage, packageValuesSchema } from "./app-package/build-app-package";

async function main(): Promise<void> {
  const folder = resolve("appPackage");
  // Unset or empty: a new app.
  const generatedId = process.env.TEAMS_APP_ID ? undefined : randomUUID();
  const values = packageValuesSchema.safeParse({ ...process.env, TEAMS_APP_ID: process.env.TEAMS_APP_ID || generatedId });
  if (!values.success) {
    console.error("Cannot build the Teams app package:");
    for (const issue of values.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
    console.error("Example: BOT_ID=<app id of the Azure Bot> BOT_DOMAIN=motebot01.azurewebsites.net npm run package");
    process.exit(1);
  }
  const zip = await buildAppPackage(folder, values.data);
  mkdirSync(resolve(folder, "build"), { recursive: true });
  const out = resolve(folder, "build", "appPackage.zip");
  writeFileSync(out, zip);
  if (generatedId)
    console.log(
      `TEAMS_APP_ID was not set; this package has the new id ${generatedId}. Set TEAMS_APP_ID=${generatedId} for later builds of the ` +
        `same app.`,
    );
  console.log(`Wrote ${out} (${zip.length} bytes): manifest checked against the official schema.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppPackageError ? error.message : error);
  process.exit(1);
});
