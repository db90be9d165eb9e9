import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { envExampleText } from "../src/config/env-example";

/** `npm run env:example` rewrites .env.example from the config schema. */
writeFileSync(resolve(__dirname, "../.env.example"), envExampleText());
