import { envDocumentation, envSchema } from "./env-schema";

/** The text of `.env.example`: every setting with its description, generated from the schema. */
export function envExampleText(): string {
  const lines = [
    "# Møtebot configuration. Every variable is optional for a local trial;",
    "# the bot checks them at start and names any that is wrong.",
    "",
  ];
  for (const key of Object.keys(envSchema.shape) as Array<keyof typeof envDocumentation>) {
    lines.push(`# ${envDocumentation[key]}`, `${key}=`, "");
  }
  return lines.join("\n");
}
