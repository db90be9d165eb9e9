import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { envSchema } from "../src/config/env-schema";

describe("README configuration table", () => {
  it("names every setting of the config schema, and no other", () => {
    const readme = readFileSync(resolve(__dirname, "../README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| Variable | Meaning |"));
    const tableRows = table
      .split("\n")
      .slice(2)
      .filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith("|")));
    const named = tableRows.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]));
    assert.deepEqual([...named].sort(), Object.keys(envSchema.shape).sort());
  });
});
