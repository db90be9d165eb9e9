/**
 * Reads what each feature declares it uses (`src/features/<feature>/services.ts`) and what its
 * files use of the services (`services.<name>`, `Pick<…Services, "name">`), from the source text,
 * so that a dependency no import shows (a store reached through the services object) is found.
 * Paths are relative to src: `features/<feature>/<file>.ts`, `shared/bot-services.ts`.
 */
export type SourceFiles = ReadonlyMap<string, string>;

const featureOf = (path: string): string | undefined => (path.startsWith("features/") ? path.split("/")[1] : undefined);

interface Declared {
  /** The interface's name (`FollowUpServices`). */
  name: string;
  /** The members it declares itself. */
  own: string[];
  /** The interfaces it extends (`CoreServices`, `WorkingGroupServices`). */
  bases: string[];
}

function declaredIn(text: string): Declared | undefined {
  const asAlias = /export type (\w+Services) = (\w+);/.exec(text);
  if (asAlias?.[1] && asAlias[2]) return { name: asAlias[1], own: [], bases: [asAlias[2]] };
  const found = /export interface (\w+Services)(?: extends ([\w\s,]+))? \{([^}]*)\}/.exec(text);
  if (!found?.[1]) return undefined;
  const own = [...(found[3] ?? "").matchAll(/^\s*(\w+)\??(?:\(|:)/gm)].map((m) => m[1] ?? "");
  const bases = (found[2] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return { name: found[1], own, bases };
}

/** The service names a file uses. */
export function servicesUsedIn(text: string): string[] {
  const used = new Set<string>();
  for (const m of text.matchAll(/\bservices\??\.(\w+)/g)) used.add(m[1] ?? "");
  for (const m of text.matchAll(/Pick<\w*Services,\s*([^>]+)>/g)) {
    for (const key of (m[1] ?? "").matchAll(/"(\w+)"/g)) used.add(key[1] ?? "");
  }
  for (const m of text.matchAll(/\b(?:const|let|var)\s*\{([^}]+)\}\s*=\s*[\w.]*\bservices\b/g)) {
    for (const key of (m[1] ?? "").split(",")) used.add(key.split(":")[0]?.trim() ?? "");
  }
  used.delete("");
  return [...used];
}

/**
 * Each use of a service that the file's feature has not declared (itself, through a feature whose
 * services it extends, or as a core service): `features/b/x.ts uses services.groups (declared by
 * working-group) without declaring it`. Also a feature without a `services.ts`.
 */
export function hiddenDependencies(files: SourceFiles): string[] {
  const core = declaredIn(files.get("shared/bot-services.ts") ?? "");
  const declarations = new Map<string, Declared>();
  if (core) declarations.set(core.name, core);
  const byFeature = new Map<string, Declared>();
  const features = new Set([...files.keys()].map(featureOf).filter((f): f is string => f !== undefined));
  const problems: string[] = [];
  for (const feature of features) {
    const declared = declaredIn(files.get(`features/${feature}/services.ts`) ?? "");
    if (!declared) {
      problems.push(`features/${feature} declares no services (services.ts)`);
      continue;
    }
    declarations.set(declared.name, declared);
    byFeature.set(feature, declared);
  }
  const available = (name: string, seen = new Set<string>()): Set<string> => {
    const declared = declarations.get(name);
    if (!declared || seen.has(name)) return new Set();
    seen.add(name);
    return new Set([...declared.own, ...declared.bases.flatMap((base) => [...available(base, seen)])]);
  };
  const ownerOf = (service: string): string =>
    [...byFeature].find(([, d]) => d.own.includes(service))?.[0] ?? (core?.own.includes(service) ? "core" : "nobody");
  for (const [path, text] of files) {
    const feature = featureOf(path);
    const declared = feature ? byFeature.get(feature) : undefined;
    if (!declared || path.endsWith("/services.ts")) continue;
    const mayUse = available(declared.name);
    for (const service of servicesUsedIn(text)) {
      if (!mayUse.has(service)) problems.push(`${path} uses services.${service} (declared by ${ownerOf(service)}) without declaring it`);
    }
  }
  return problems;
}
