import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { hiddenDependencies, servicesUsedIn } from "./support/feature-services";

const srcFolder = resolve(__dirname, "../src");
const EDGE = "teams";

/**
 * The layers of src, highest first: a file may import from its own layer and the ones below.
 * A feature folder is entered only through its `index.ts`: what other features, the router and
 * the start-up may use of it.
 */
const LAYERS: ReadonlyArray<{ layer: string; folders: readonly string[] }> = [
  { layer: "start", folders: ["main.ts", "start-bot.ts"] },
  { layer: "edge", folders: ["teams", "server"] },
  { layer: "router", folders: ["router"] },
  { layer: "features", folders: ["features"] },
  { layer: "shared", folders: ["shared"] },
  { layer: "base", folders: ["storage", "config", "logging"] },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "");

/** The project files a file imports, as paths relative to src (JSON templates left out). */
function localImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name))
    .filter((path) => !path.endsWith(".json"))
    .map((path) => relative(srcFolder, statSync(`${path}.ts`, { throwIfNoEntry: false }) ? `${path}.ts` : join(path, "index.ts")));
}

const layerIndex = (path: string): number => LAYERS.findIndex(({ folders }) => folders.includes(path.split("/")[0] ?? ""));
const featureOf = (path: string): string | undefined => (path.startsWith("features/") ? path.split("/")[1] : undefined);

describe("architecture", () => {
  const files = sourceFiles(srcFolder);
  const graph = new Map(files.map((file) => [relative(srcFolder, file), localImportsOf(file)]));

  it("only the Teams edge (src/teams) imports botbuilder or teams-ai", () => {
    const offenders = files
      .filter((file) => !relative(srcFolder, file).startsWith(`${EDGE}/`))
      .filter((file) => importsOf(file).some((name) => /^(botbuilder|botframework-|@microsoft\/teams-ai)/.test(name)))
      .map((file) => relative(srcFolder, file));
    assert.deepEqual(offenders, []);
  });

  it("the edge really is where Teams comes in (the check above looks at real imports)", () => {
    const edgeFiles = files.filter((file) => relative(srcFolder, file).startsWith(`${EDGE}/`));
    // Deep imports (`@microsoft/teams-ai/lib/Application`) keep teams-ai's AI modules out of memory.
    assert.ok(edgeFiles.some((file) => importsOf(file).some((name) => name.startsWith("@microsoft/teams-ai"))));
  });

  it("every file of src belongs to a layer", () => {
    assert.deepEqual(
      [...graph.keys()].filter((path) => layerIndex(path) < 0),
      [],
    );
  });

  it("imports run one way: from a layer to its own or a lower one", () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => layerIndex(to) < layerIndex(from)).map((to) => `${from} -> ${to}`),
    );
    assert.deepEqual(upward, []);
  });

  it("the HTTP server names no feature: it mounts the routes it is given (src/server imports no feature, nor the router)", () => {
    const reaching = [...graph]
      .filter(([from]) => from.startsWith("server/"))
      .flatMap(([from, targets]) => targets.filter((to) => /^(features|router)\//.test(to)).map((to) => `${from} -> ${to}`));
    assert.deepEqual(reaching, []);
    // The start-up hands over the route table's HTTP routes as they are: no path, method or download kind of its own.
    const startBot = readFileSync(join(srcFolder, "start-bot.ts"), "utf8");
    assert.match(startBot, /routes: \[messagesRoute\([^)]*\)\), \.\.\.httpRoutes\]/);
    assert.doesNotMatch(startBot, /"\/[a-z]|\.kind\b|\.(get|post|head|opts)\(/);
  });

  it("a feature is used from outside only through its index.ts", () => {
    const internal = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => featureOf(to) && featureOf(from) !== featureOf(to) && !to.endsWith("/index.ts"))
        .map((to) => `${from} -> ${to}`),
    );
    assert.deepEqual(internal, []);
  });

  it("no import cycles between files", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (path: string, trail: string[]): void => {
      if (state.get(path) === "done") return;
      if (state.get(path) === "open") {
        cycles.push([...trail.slice(trail.indexOf(path)), path].join(" -> "));
        return;
      }
      state.set(path, "open");
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, "done");
    };
    for (const path of graph.keys()) visit(path, []);
    assert.deepEqual(cycles, []);
  });

  it("no cycles between features", () => {
    const uses = new Map<string, Set<string>>();
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const [a, b] = [featureOf(from), featureOf(to)];
        if (a && b && a !== b) uses.set(a, (uses.get(a) ?? new Set()).add(b));
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(uses.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))));
    assert.deepEqual(
      [...uses.keys()].filter((feature) => reaches(feature, feature)),
      [],
    );
  });

  it("the cycle check can fail: it finds a cycle drawn on purpose", () => {
    const drawn = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts"]],
    ]);
    const found = [...drawn].some(([from, targets]) => targets.some((to) => drawn.get(to)?.includes(from)));
    assert.ok(found);
  });

  it("a feature uses only the services it declares in its services.ts (its own, core, or of a feature it extends)", () => {
    const sources = new Map(files.map((file) => [relative(srcFolder, file), readFileSync(file, "utf8")]));
    assert.deepEqual(hiddenDependencies(sources), []);
    // The check reads real uses: the round table reaches the groups, declared through WorkingGroupServices.
    assert.ok(servicesUsedIn(sources.get("features/roundtable/submit-entry.ts") ?? "").includes("groups"));
  });

  it("the dependency check can fail: a feature using another's store without declaring it is named", () => {
    const drawn = new Map([
      ["shared/bot-services.ts", "export interface CoreServices {\n  log: Logger;\n  now(): Date;\n}"],
      ["features/groups/services.ts", "export interface GroupServices extends CoreServices {\n  groups: GroupStore;\n}"],
      ["features/notes/services.ts", "export interface NoteServices extends CoreServices {\n  notes: NoteStore;\n}"],
      ["features/notes/add-note.ts", "const group = await turn.services.groups.read(id);\nturn.services.log.info('x');"],
      ["features/notes/list.ts", 'export function list(services: Pick<NoteServices, "notes" | "now">) {}'],
    ]);
    assert.deepEqual(hiddenDependencies(drawn), [
      "features/notes/add-note.ts uses services.groups (declared by groups) without declaring it",
    ]);
    drawn.set("features/notes/services.ts", "export interface NoteServices extends CoreServices, GroupServices {\n  notes: NoteStore;\n}");
    assert.deepEqual(hiddenDependencies(drawn), [], "declared: notes extends the groups' services");
    drawn.delete("features/notes/services.ts");
    assert.deepEqual(hiddenDependencies(drawn), ["features/notes declares no services (services.ts)"]);
  });

  it("every source file is short enough to read in one sitting", () => {
    const long = files.filter((file) => readFileSync(file, "utf8").split("\n").length > 300);
    assert.deepEqual(
      long.map((file) => relative(srcFolder, file)),
      [],
    );
  });
});
