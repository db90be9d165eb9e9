import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../src/config/load-config";

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

const appId = "0b3c7a9e-7d52-4f8e-9a51-2f8a6d1c9e11";

describe("configuration from the environment", () => {
  it("defaults to port 3978, auth off and the embedded store under .data", () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.deepEqual(config.auth, { enabled: false });
    assert.deepEqual(config.storage, { mode: "embedded", database: "motebot", dataDir: ".data", port: 0 });
  });

  it("names the variable and what is wrong", () => {
    assert.deepEqual(problemsOf({ PORT: "abc" }), ["PORT: must be a number"]);
    assert.match(problemsOf({ PORT: "70000" })[0] ?? "", /^PORT: must be between 0 and 65535/);
    assert.match(problemsOf({ MicrosoftAppId: "not-a-guid" })[0] ?? "", /^MicrosoftAppId: must be the bot's Entra application/);
    assert.match(problemsOf({ COSMOS_ENDPOINT: "nope" })[0] ?? "", /^COSMOS_ENDPOINT: must be a URL/);
    assert.match(problemsOf({ LOG_LEVEL: "loud" })[0] ?? "", /^LOG_LEVEL:/);
  });

  it("under overload: 400 activities at once and 2000 waiting unless set, each waiting at most 3 s", () => {
    assert.deepEqual(loadConfig({}).admission, { active: 400, queued: 2000, maxWaitMs: 3000 });
    assert.deepEqual(loadConfig({ MAX_ACTIVE_ACTIVITIES: "8", MAX_QUEUED_ACTIVITIES: "20" }).admission, {
      active: 8,
      queued: 20,
      maxWaitMs: 3000,
    });
    assert.match(problemsOf({ MAX_ACTIVE_ACTIVITIES: "0" })[0] ?? "", /^MAX_ACTIVE_ACTIVITIES: must be at least 1/);
    assert.match(problemsOf({ MAX_QUEUED_ACTIVITIES: "many" })[0] ?? "", /^MAX_QUEUED_ACTIVITIES: must be a number/);
  });

  it("the reminder sweep runs every minute unless set; a test clock only with NODE_ENV=test", () => {
    assert.equal(loadConfig({}).reminderSweepMs, 60_000);
    assert.equal(loadConfig({ REMINDER_SWEEP_SECONDS: "0.2" }).reminderSweepMs, 200);
    assert.match(problemsOf({ REMINDER_SWEEP_SECONDS: "0" })[0] ?? "", /^REMINDER_SWEEP_SECONDS: must be at least 0.05/);
    assert.equal(loadConfig({ NODE_ENV: "test", TEST_CLOCK_FILE: "/tmp/clock.json" }).testClockFile, "/tmp/clock.json");
    for (const environment of ["development", "production"]) {
      assert.ok(
        problemsOf({ NODE_ENV: environment, TEST_CLOCK_FILE: "/tmp/clock.json" }).some((p) =>
          p.startsWith("TEST_CLOCK_FILE: only honoured"),
        ),
        environment,
      );
    }
  });

  it("production refuses to start without bot credentials or Azure storage", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    assert.ok(
      problems.some((p) => p.startsWith("MicrosoftAppId: required when NODE_ENV=production")),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => p.startsWith("COSMOS_ENDPOINT: required")),
      problems.join("\n"),
    );
  });

  it("credentials must be complete", () => {
    assert.match(problemsOf({ MicrosoftAppId: appId })[0] ?? "", /^MicrosoftAppPassword: required/);
    assert.match(problemsOf({ MicrosoftAppId: appId, MicrosoftAppType: "UserAssignedMSI" })[0] ?? "", /^MicrosoftAppTenantId: required/);
    const config = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: "secret" });
    assert.equal(config.auth.enabled, true);
  });

  it("Azure Cosmos DB with a key, or Entra ID without one", () => {
    const withKey = loadConfig({ COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/", COSMOS_KEY: "k" });
    assert.deepEqual(withKey.storage, {
      mode: "azure",
      database: "motebot",
      endpoint: "https://acct.documents.azure.com:443/",
      key: "k",
      allowSelfSigned: false,
    });
    const entra = loadConfig({ COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/" });
    assert.equal(entra.storage.mode === "azure" && entra.storage.key, undefined);
  });

  it("self-signed certificates only for a local endpoint, never in production", () => {
    assert.match(
      problemsOf({ COSMOS_ENDPOINT: "https://acct.documents.azure.com/", COSMOS_ALLOW_SELF_SIGNED: "true" })[0] ?? "",
      /^COSMOS_ALLOW_SELF_SIGNED: only allowed for a Cosmos endpoint on localhost/,
    );
    const local = loadConfig({ COSMOS_ENDPOINT: "https://127.0.0.1:8081/", COSMOS_ALLOW_SELF_SIGNED: "true" });
    assert.equal(local.storage.mode === "azure" && local.storage.allowSelfSigned, true);
  });

  it("a key without an endpoint is a mistake, not silently ignored", () => {
    assert.match(problemsOf({ COSMOS_KEY: "k" })[0] ?? "", /^COSMOS_KEY: set, but COSMOS_ENDPOINT is empty/);
  });
});
