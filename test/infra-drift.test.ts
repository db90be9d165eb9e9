import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { envSchema, type RawEnv } from "../src/config/env-schema";
import { containerDefinitions } from "../src/storage/containers";

const bicep = readFileSync(resolve(__dirname, "../infra/azure.bicep"), "utf8");

/** Settings of the schema that Azure deliberately does not set, and why. */
const NOT_SET_IN_AZURE: Partial<Record<keyof RawEnv, string>> = {
  PORT: "App Service sets PORT itself",
  BOT_OPENID_METADATA_URL: "Azure's public cloud is botbuilder's default",
  ENTRA_OPENID_METADATA_URL: "Entra ID's public cloud is the default",
  MicrosoftAppPassword: "the managed identity has no secret",
  COSMOS_KEY: "Entra ID (the managed identity) instead of keys; local auth is disabled",
  COSMOS_ALLOW_SELF_SIGNED: "local emulators only",
  DATA_DIR: "the embedded store is not used in Azure",
  EMBEDDED_COSMOS_PORT: "the embedded store is not used in Azure",
  REMINDER_SWEEP_SECONDS: "the default (every minute) is what Azure needs",
  TEST_CLOCK_FILE: "tests only",
  MAX_ACTIVE_ACTIVITIES: "the default suits one App Service instance",
  MAX_QUEUED_ACTIVITIES: "the default suits one App Service instance",
};

/** Settings read by the platform or the Azure SDK, not by our configuration. */
const PLATFORM_SETTINGS = new Set([
  "AZURE_CLIENT_ID",
  "APPLICATIONINSIGHTS_CONNECTION_STRING",
  "ApplicationInsightsAgent_EXTENSION_VERSION",
  "SCM_DO_BUILD_DURING_DEPLOYMENT",
]);

describe("infrastructure (infra/azure.bicep) agrees with the code", () => {
  it("declares exactly the Cosmos containers, partition keys and TTL settings of src/storage/containers.ts", () => {
    const block = /var containers = \[([\s\S]*?)\n\]/.exec(bicep)?.[1] ?? "";
    const declared = [...block.matchAll(/\{ name: '([^']+)', partitionKey: '([^']+)', defaultTtl: (null|-?\d+) \}/g)].map((m) => ({
      id: m[1],
      partitionKeyPath: m[2],
      defaultTtl: m[3] === "null" ? undefined : Number(m[3]),
    }));
    const expected = Object.values(containerDefinitions).map((c) => ({
      id: c.id,
      partitionKeyPath: c.partitionKeyPath,
      defaultTtl: "defaultTtl" in c ? c.defaultTtl : undefined,
    }));
    assert.deepEqual(declared, expected);
    assert.match(bicep, /resource cosmosContainers [^\n]* = \[for container in containers:/, "every listed container is created");
  });

  it("sets every app setting the bot needs in production, and no setting the code does not read", () => {
    const settings = [...bicep.matchAll(/\{ name: '([^']+)', value: /g)].map((m) => m[1] ?? "");
    const schemaKeys = Object.keys(envSchema.shape) as Array<keyof RawEnv>;
    for (const name of settings) {
      assert.ok(schemaKeys.includes(name as keyof RawEnv) || PLATFORM_SETTINGS.has(name), `${name} is set in Azure but nothing reads it`);
    }
    for (const key of schemaKeys) {
      assert.ok(
        settings.includes(key) || key in NOT_SET_IN_AZURE,
        `${key} is read by the bot but neither set in infra/azure.bicep nor listed as not needed there`,
      );
    }
  });

  it("deploys the Node.js line that the project runs and tests on (engines and the pinned node package)", () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "../package.json"), "utf8")) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const pinned = pkg.devDependencies["node"] ?? "";
    const major = pinned.split(".")[0];
    assert.match(pinned, /^\d+\.\d+\.\d+$/, "the node package is pinned to an exact version");
    assert.equal(pkg.engines.node, `>=${major}.0.0`);
    assert.match(bicep, new RegExp(`linuxFxVersion: 'NODE\\|${major}-lts'`));
    assert.equal(process.versions.node.split(".")[0], major, "the tests run on the pinned Node.js");
  });

  it("uses no keys or secrets: managed identity for the bot and for Cosmos DB", () => {
    assert.match(bicep, /disableLocalAuth: true/);
    assert.match(bicep, /msaAppType|MicrosoftAppType', value: 'UserAssignedMSI'/);
    assert.match(bicep, /sqlRoleDefinitions\/00000000-0000-0000-0000-000000000002/, "Cosmos DB Built-in Data Contributor");
    assert.doesNotMatch(bicep, /listKeys|primaryMasterKey|MicrosoftAppPassword/);
  });
});
