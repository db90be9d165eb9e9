import { envSchema, type RawEnv } from "./env-schema";

export type BotAuth =
  | { enabled: false }
  | {
      enabled: true;
      appId: string;
      appPassword?: string;
      appType: RawEnv["MicrosoftAppType"];
      tenantId?: string;
      /** Where the keys that sign Teams' tokens are published; undefined = the public cloud's. */
      openIdMetadataUrl?: string;
    };

export type StorageConfig =
  | { mode: "embedded"; database: string; dataDir: string; port: number }
  | { mode: "azure"; database: string; endpoint: string; key?: string; allowSelfSigned: boolean };

export interface AppConfig {
  environment: RawEnv["NODE_ENV"];
  port: number;
  /** Where users' browsers reach this bot: the start of every download link (default: localhost and the port listened on). */
  publicBaseUrl?: string;
  logLevel: RawEnv["LOG_LEVEL"];
  /** BOT_LANGUAGE: one language for everyone instead of each client's locale. */
  language?: "nb" | "en";
  auth: BotAuth;
  /**
   * The meeting side panel's sign-in: the audiences its Entra tokens may have (MicrosoftAppId, SSO_APP_ID_URI); none:
   * every panel request is refused, except with `devIdentities` (authentication off, NODE_ENV=development: a picker).
   */
  panelSignIn: { audiences: string[]; openIdMetadataUrl?: string; devIdentities: boolean };
  /** ALLOWED_TENANTS in lower case; undefined = every tenant. */
  allowedTenants?: string[];
  storage: StorageConfig;
  /** How often this instance looks for due reminders, in ms. */
  reminderSweepMs: number;
  /** RETENTION_MONTHS: how long a meeting's working documents are kept after its referat was approved. */
  retentionMonths: number;
  /** MAX_ACTIVE_ACTIVITIES and MAX_QUEUED_ACTIVITIES; a turn is waited for at most 3 s from the request's arrival. */
  admission: { active: number; queued: number; maxWaitMs: number };
  /** NODE_ENV=test only: the clock follows this file (see shared/clock.ts). */
  testClockFile?: string;
}

/** Thrown when the environment cannot start the bot; each problem names its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Teams gives up on an invoke after about five seconds: a turn that comes later than this serves nobody. */
const ADMISSION_WAIT_MS = 3000;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  const raw = parsed.data;
  const problems = [...authProblems(raw), ...storageProblems(raw)];
  if (raw.NODE_ENV === "production" && !raw.PUBLIC_BASE_URL) {
    problems.push("PUBLIC_BASE_URL: required when NODE_ENV=production (referat download links must reach users)");
  }
  if (raw.TEST_CLOCK_FILE && raw.NODE_ENV !== "test") {
    problems.push("TEST_CLOCK_FILE: only honoured when NODE_ENV=test (the bot's clock is the system clock)");
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    environment: raw.NODE_ENV,
    port: raw.PORT,
    ...(raw.PUBLIC_BASE_URL ? { publicBaseUrl: raw.PUBLIC_BASE_URL.replace(/\/$/, "") } : {}),
    logLevel: raw.LOG_LEVEL,
    ...(raw.BOT_LANGUAGE ? { language: raw.BOT_LANGUAGE } : {}),
    ...(raw.ALLOWED_TENANTS ? { allowedTenants: raw.ALLOWED_TENANTS.map((t) => t.toLowerCase()) } : {}),
    reminderSweepMs: Math.round(raw.REMINDER_SWEEP_SECONDS * 1000),
    retentionMonths: raw.RETENTION_MONTHS,
    panelSignIn: {
      audiences: [raw.MicrosoftAppId, raw.SSO_APP_ID_URI, ssoClientId(raw.SSO_APP_ID_URI)].filter((audience): audience is string =>
        Boolean(audience),
      ),
      ...(raw.ENTRA_OPENID_METADATA_URL ? { openIdMetadataUrl: raw.ENTRA_OPENID_METADATA_URL } : {}),
      devIdentities: !raw.MicrosoftAppId && !raw.SSO_APP_ID_URI && raw.NODE_ENV === "development",
    },
    admission: { active: raw.MAX_ACTIVE_ACTIVITIES, queued: raw.MAX_QUEUED_ACTIVITIES, maxWaitMs: ADMISSION_WAIT_MS },
    ...(raw.TEST_CLOCK_FILE ? { testClockFile: raw.TEST_CLOCK_FILE } : {}),
    auth: raw.MicrosoftAppId
      ? {
          enabled: true,
          appId: raw.MicrosoftAppId,
          appPassword: raw.MicrosoftAppPassword,
          appType: raw.MicrosoftAppType,
          tenantId: raw.MicrosoftAppTenantId,
          ...(raw.BOT_OPENID_METADATA_URL ? { openIdMetadataUrl: raw.BOT_OPENID_METADATA_URL } : {}),
        }
      : { enabled: false },
    storage: raw.COSMOS_ENDPOINT
      ? {
          mode: "azure",
          database: raw.COSMOS_DATABASE,
          endpoint: raw.COSMOS_ENDPOINT,
          key: raw.COSMOS_KEY,
          allowSelfSigned: raw.COSMOS_ALLOW_SELF_SIGNED,
        }
      : { mode: "embedded", database: raw.COSMOS_DATABASE, dataDir: raw.DATA_DIR, port: raw.EMBEDDED_COSMOS_PORT },
  };
}

function authProblems(raw: RawEnv): string[] {
  const problems: string[] = [];
  if (!raw.MicrosoftAppId) {
    if (raw.BOT_OPENID_METADATA_URL) problems.push("BOT_OPENID_METADATA_URL: set, but MicrosoftAppId is empty (no token is checked)");
    if (raw.NODE_ENV === "production") {
      problems.push("MicrosoftAppId: required when NODE_ENV=production (authentication cannot be off in production)");
    }
    return problems;
  }
  if (raw.MicrosoftAppType !== "UserAssignedMSI" && !raw.MicrosoftAppPassword) {
    problems.push(`MicrosoftAppPassword: required when MicrosoftAppId is set and MicrosoftAppType=${raw.MicrosoftAppType}`);
  }
  if (raw.MicrosoftAppType !== "MultiTenant" && !raw.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType=${raw.MicrosoftAppType}`);
  }
  if (raw.NODE_ENV === "production" && raw.ENTRA_OPENID_METADATA_URL && !raw.ENTRA_OPENID_METADATA_URL.startsWith("https://")) {
    problems.push("ENTRA_OPENID_METADATA_URL: must be https when NODE_ENV=production (the signing keys must not be tampered with)");
  }
  if (raw.NODE_ENV === "production" && raw.BOT_OPENID_METADATA_URL && !raw.BOT_OPENID_METADATA_URL.startsWith("https://")) {
    problems.push("BOT_OPENID_METADATA_URL: must be https when NODE_ENV=production (the signing keys must not be tampered with)");
  }
  return problems;
}

function storageProblems(raw: RawEnv): string[] {
  const problems: string[] = [];
  if (!raw.COSMOS_ENDPOINT) {
    if (raw.COSMOS_KEY) problems.push("COSMOS_KEY: set, but COSMOS_ENDPOINT is empty");
    if (raw.NODE_ENV === "production") {
      problems.push("COSMOS_ENDPOINT: required when NODE_ENV=production (the embedded store is for local use)");
    }
    return problems;
  }
  if (raw.COSMOS_ALLOW_SELF_SIGNED) {
    const host = new URL(raw.COSMOS_ENDPOINT).hostname;
    if (!LOCAL_HOSTS.has(host)) {
      problems.push("COSMOS_ALLOW_SELF_SIGNED: only allowed for a Cosmos endpoint on localhost");
    }
    if (raw.NODE_ENV === "production") problems.push("COSMOS_ALLOW_SELF_SIGNED: not allowed when NODE_ENV=production");
  }
  return problems;
}

/** A v2 token's audience is the app's client id: the last part of its app ID URI (`api://<host>/<client id>`). */
function ssoClientId(appIdUri: string | undefined): string | undefined {
  const last = appIdUri
    ?.split("/")
    .at(-1)
    ?.replace(/^botid-/, "");
  return last && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(last) ? last.toLowerCase() : undefined;
}
