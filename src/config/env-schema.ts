import { z } from "zod";

const emptyToUndefined = (value: unknown): unknown => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const booleanFlag = z.preprocess(
  emptyToUndefined,
  z
    .enum(["true", "false", "1", "0"], { message: "must be true or false" })
    .optional()
    .transform((v) => v === "true" || v === "1"),
);

const wholeNumber = (fallback: number, min: number, max: number, outside?: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(min, outside ?? `must be at least ${min}`)
      .max(max, outside ?? `must be at most ${max}`)
      .default(fallback),
  );

const port = (fallback: number) => wholeNumber(fallback, 0, 65535, "must be between 0 and 65535");
const count = (fallback: number) => wholeNumber(fallback, 1, 100_000);

/**
 * Every setting the bot reads, with its documentation. `.env.example` and the README's
 * configuration table are checked against the keys of this object.
 */
export const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(["development", "test", "production"]).default("development")),
  PORT: port(3978),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  MicrosoftAppId: z.preprocess(emptyToUndefined, z.string().uuid("must be the bot's Entra application (client) id, a GUID").optional()),
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant")),
  MicrosoftAppTenantId: z.preprocess(emptyToUndefined, z.string().uuid("must be a tenant id (GUID)").optional()),
  BOT_OPENID_METADATA_URL: z.preprocess(emptyToUndefined, z.string().url("must be the URL of an OpenID configuration document").optional()),
  SSO_APP_ID_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^api:\/\/\S+$/, "must be the app ID URI of the Entra app's API, e.g. api://motebot.example.no/<MicrosoftAppId>")
      .optional(),
  ),
  ENTRA_OPENID_METADATA_URL: z.preprocess(
    emptyToUndefined,
    z.string().url("must be the URL of an OpenID configuration document").optional(),
  ),
  ALLOWED_TENANTS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.split(",").map((t) => t.trim()) : undefined),
    z.array(z.string().uuid("must be tenant ids (GUIDs) separated by commas")).optional(),
  ),
  COSMOS_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z.string().url("must be a URL such as https://<account>.documents.azure.com:443/").optional(),
  ),
  COSMOS_KEY: optionalString,
  COSMOS_DATABASE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,255}$/, "may contain letters, digits, '-' and '_' only")
      .default("motebot"),
  ),
  COSMOS_ALLOW_SELF_SIGNED: booleanFlag,
  PUBLIC_BASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url("must be the bot's public address, such as https://motebot.example.no")
      .regex(/^https?:\/\/[^/?#]+\/?$/, "must be scheme and host only, such as https://motebot.example.no")
      .optional(),
  ),
  BOT_LANGUAGE: z.preprocess(emptyToUndefined, z.enum(["nb", "en"], { message: "must be nb or en" }).optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  EMBEDDED_COSMOS_PORT: port(0),
  REMINDER_SWEEP_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: "must be a number" }).min(0.05, "must be at least 0.05").max(3600, "must be at most 3600").default(60),
  ),
  MAX_ACTIVE_ACTIVITIES: count(400),
  MAX_QUEUED_ACTIVITIES: count(2000),
  RETENTION_MONTHS: wholeNumber(24, 1, 600),
  TEST_CLOCK_FILE: optionalString,
});

export type RawEnv = z.infer<typeof envSchema>;

/** One line per setting, used to generate and check `.env.example`. */
export const envDocumentation: Record<keyof RawEnv, string> = {
  NODE_ENV: "development | test | production. In production the bot refuses to start without bot credentials.",
  PORT: "HTTP port of the bot server (default 3978).",
  LOG_LEVEL: "pino log level: fatal, error, warn, info (default), debug, trace or silent.",
  MicrosoftAppId: "The bot's Entra application (client) id. Empty: authentication off (local trial only).",
  MicrosoftAppPassword: "Client secret of the bot's app registration (not used with UserAssignedMSI).",
  MicrosoftAppType: "MultiTenant (default), SingleTenant or UserAssignedMSI.",
  MicrosoftAppTenantId: "Tenant id; required for SingleTenant and UserAssignedMSI.",
  BOT_OPENID_METADATA_URL:
    "OpenID configuration whose keys sign the tokens Teams sends. Empty (default): the Bot Framework's public cloud " +
    "(https://login.botframework.com/v1/.well-known/openidconfiguration); set it for a sovereign cloud. Must be https in " +
    "production.",
  SSO_APP_ID_URI:
    "The meeting side panel's single sign-on: the app ID URI of the Entra app's exposed API (api://<host>/<MicrosoftAppId>), " +
    "as in the manifest's webApplicationInfo.resource. Tokens for it, or for MicrosoftAppId, are accepted. Empty: only MicrosoftAppId.",
  ENTRA_OPENID_METADATA_URL:
    "OpenID configuration whose keys sign the panel's Entra tokens. Empty (default): Entra ID's public cloud " +
    "(https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration); set it for a sovereign cloud. Must be https in " +
    "production.",
  ALLOWED_TENANTS:
    "Comma-separated Entra tenant ids (GUIDs) whose activities the bot accepts; others are refused (403) and logged. Empty (default): " +
    "every tenant.",
  COSMOS_ENDPOINT: "Azure Cosmos DB endpoint. Empty: the embedded Cosmos server with data under DATA_DIR.",
  COSMOS_KEY: "Cosmos DB account key. Empty with COSMOS_ENDPOINT set: Entra ID (DefaultAzureCredential / managed identity).",
  COSMOS_DATABASE: "Database name (default motebot); created if missing.",
  COSMOS_ALLOW_SELF_SIGNED:
    "true to accept a self-signed certificate from a Cosmos endpoint on localhost (an emulator). Never in production.",
  PUBLIC_BASE_URL:
    "Public https address of the bot (its host is in the app manifest's validDomains); referat download links start with it. Default " +
    "http://localhost:<port listened on>; required in production.",
  BOT_LANGUAGE: "nb or en: answer everyone in this language. Empty (default): each user's Teams language (Norwegian unless it is English).",
  DATA_DIR: "Folder where the embedded Cosmos server keeps its data (default .data).",
  EMBEDDED_COSMOS_PORT: "Port of the embedded Cosmos server on 127.0.0.1 (default 0: any free port).",
  REMINDER_SWEEP_SECONDS:
    "How often each instance looks for round-table reminders that are due (default 60 seconds). App Service's Always On must be on.",
  MAX_ACTIVE_ACTIVITIES: "Activities (messages, card clicks, events) one instance works on at once (default 400); more wait their turn.",
  MAX_QUEUED_ACTIVITIES:
    "Activities that may wait for a turn (default 2000). One more, or one that has waited 3 s since it came in, " +
    "gets 503 with Retry-After (Teams shows “try again”).",
  RETENTION_MONTHS:
    "Months after a meeting's referat was approved that its working documents (attendance, round-table entries, notes, drafts, " +
    "download links) are deleted by the daily sweep (default 24); the approved referat and the archive stay. See the privacy page.",
  TEST_CLOCK_FILE:
    'Tests only (refused unless NODE_ENV=test): a JSON file {"now": ISO time, "setAt": epoch ms} that the bot\'s clock ' +
    "follows, so tests move time.",
};
