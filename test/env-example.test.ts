import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { envExampleText } from "../src/config/env-example";
import { envSchema } from "../src/config/env-schema";

describe(".env.example", () => {
  it("documents every setting the bot reads, and is up to date (npm run env:example)", () => {
    const committed = readFileSync(resolve(__dirname, "../.env.example"), "utf8");
    assert.equal(committed, envExampleText());
    for (const key of Object.keys(envSchema.shape)) assert.match(committed, new RegExp(`^${key}=`, "m"));
  });
});
