import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv, { type ErrorObject } from "ajv-draft-04";

/** The official Teams manifest schemas (draft-04) as shipped by `@microsoft/app-manifest`: offline. */
const schemaFolder = (manifestVersion: string): string =>
  join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams", `v${manifestVersion}`);

export type SchemaCheck = { valid: true } | { valid: false; errors: string[] };

function check(schemaFile: string, document: unknown): SchemaCheck {
  const schema: unknown = JSON.parse(readFileSync(schemaFile, "utf8"));
  // The schemas use formats (uri, …) as annotations only; Teams' own validator does the same.
  // unicodeRegExp off: a pattern in the Localization schema is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema as object);
  if (validate(document)) return { valid: true };
  return { valid: false, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? ""}`) };
}

export function checkManifest(manifestVersion: string, manifest: unknown): SchemaCheck {
  return check(join(schemaFolder(manifestVersion), "MicrosoftTeams.schema.json"), manifest);
}

export function checkLocalization(manifestVersion: string, localization: unknown): SchemaCheck {
  return check(join(schemaFolder(manifestVersion), "MicrosoftTeams.Localization.schema.json"), localization);
}
