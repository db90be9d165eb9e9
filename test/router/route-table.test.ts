import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { cardActionRoutes, cardVerbs, commandRoutes, eventRoutes, httpRoutes } from "../../src/router/route-table";
import { PANEL_ONLY_VERBS } from "../../src/features/panel";
import { cardTemplateFiles } from "../support/card-templates";

const srcFolder = resolve(__dirname, "../../src");

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Verbs a card can send: `"verb": "…"` in the templates, `verb: "…"` where a card is built in TypeScript. */
function verbsNamedIn(files: string[], pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
      const verb = match[1] ?? "";
      found.set(verb, [...(found.get(verb) ?? []), relative(srcFolder, file)]);
    }
  }
  return found;
}

describe("the route table", () => {
  const inTemplates = verbsNamedIn(cardTemplateFiles(), /"verb"\s*:\s*"([^"$]+)"/g);
  const inCode = verbsNamedIn(
    // Where cards are built, not where routes are declared (a route naming its own verb reaches nothing).
    tsFiles(srcFolder).filter((file) => !file.includes("/router/") && !/(card-actions|commands)\.ts$/.test(file)),
    /\bverb:\s*"([a-z]+\.[A-Za-z]+)"/g,
  );
  const sent = new Set([...inTemplates.keys(), ...inCode.keys()]);

  it("finds the verbs the cards send (the checks below look at real templates)", () => {
    assert.ok(inTemplates.size >= 20, `found ${[...inTemplates.keys()].join(", ")}`);
    assert.ok(inTemplates.has("roundtable.submit") && inTemplates.has("meeting.next"));
  });

  it("every verb a card sends has a route", () => {
    // The meeting side panel sends the card verbs too, and one of its own that the panel's route runs.
    const routed = new Set([...cardVerbs, ...PANEL_ONLY_VERBS]);
    const orphans = [...sent]
      .filter((verb) => !routed.has(verb))
      .map((verb) => `${verb} (${[...(inTemplates.get(verb) ?? []), ...(inCode.get(verb) ?? [])].join(", ")})`);
    assert.deepEqual(orphans, []);
  });

  it("every card route is reached by a card", () => {
    assert.deepEqual(
      cardVerbs.filter((verb) => !sent.has(verb)),
      [],
    );
  });

  it("declares each verb, command name and event handler once", () => {
    assert.equal(new Set(cardVerbs).size, cardVerbs.length, "a verb declared twice");
    const owners = new Map<string, Set<string>>();
    for (const route of commandRoutes) {
      for (const name of [route.names.nb, route.names.en]) owners.set(name, (owners.get(name) ?? new Set()).add(route.id));
    }
    assert.deepEqual(
      [...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name),
      [],
      "a command name used by two commands",
    );
    assert.equal(new Set(commandRoutes.map((route) => route.id)).size, commandRoutes.length);
    assert.ok(eventRoutes.length >= 6, "bot added/removed, meeting start/end, participant join/leave");
  });

  it("every card route has a zod schema for its data", () => {
    for (const route of cardActionRoutes) assert.equal(typeof route.schema.safeParse, "function", route.verb);
  });

  it("declares each HTTP route once, with a schema for its query and how its caller is authenticated", () => {
    const keys = httpRoutes.map((route) => `${route.method} ${route.path}`);
    assert.equal(new Set(keys).size, keys.length, `a route declared twice: ${keys.join(", ")}`);
    for (const route of httpRoutes) {
      assert.equal(typeof route.query.safeParse, "function", `${route.path} has a zod schema`);
      assert.ok(["public", "downloadToken", "teamsUserToken"].includes(route.auth), `${route.path}: ${route.auth}`);
    }
    // The Bot Framework's endpoint is the Teams edge's, added by the start-up beside these.
    assert.ok(!keys.includes("POST /api/messages"));
  });

  it("every address the bot gives out has its HTTP route: the manifest's pages (public) and the download links (token)", () => {
    const manifest = readFileSync(resolve(__dirname, "../../appPackage/manifest.json"), "utf8");
    const pages = [...manifest.matchAll(/"(?:websiteUrl|privacyUrl|termsOfUseUrl)":\s*"https:\/\/\$\{\{BOT_DOMAIN\}\}([^"]*)"/g)].map(
      (m) => m[1],
    );
    assert.equal(pages.length, 3);
    for (const path of pages) {
      assert.equal(httpRoutes.find((route) => route.path === path && route.method === "GET")?.auth, "public", path);
    }
    const links = readFileSync(join(srcFolder, "features/referat/issue-download-link.ts"), "utf8");
    assert.match(links, /\/download\/\$\{token\}/);
    assert.equal(httpRoutes.find((route) => route.path === "/download/:token")?.auth, "downloadToken");
  });
});
