import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv, { type ErrorObject } from "ajv";
import addFormats from "ajv-formats";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";

/** The official Adaptive Card 1.5 schema from ../shared, compiled as its README describes. */
export const sharedFolder = resolve(__dirname, "../../../shared");

function compile() {
  const schema = JSON.parse(readFileSync(resolve(sharedFolder, "schemas/adaptive-card-1.5.json"), "utf8")) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  schema.$id = schema.id;
  delete schema.id;
  return ajv.compile(schema);
}

let validator: ReturnType<typeof compile> | undefined;

/** Errors of `card` against the schema, deepest path first; empty when valid. */
export function adaptiveCardErrors(card: unknown): string[] {
  validator ??= compile();
  if (validator(card)) return [];
  const errors = [...(validator.errors ?? [])] as ErrorObject[];
  errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
  return errors.slice(0, 5).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
