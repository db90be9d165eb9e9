import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { guidFrom, mriFrom, type Person } from "./chats";

const text = z.string().min(1);

/** A recorded meeting under `scripts/replay/scenarios/`: who was there, what was said, in order. */
export const scenarioSchema = z.object({
  description: z.string(),
  group: z.object({ groupId: text, name: text, leaderTitle: z.string(), municipalities: z.array(text).min(1) }),
  meeting: z.object({
    title: text,
    start: z.string().datetime(),
    end: z.string().datetime(),
    /** Typed by the secretary with «innledning» and «sakspapirer» once the meeting has started. */
    intro: text.optional(),
    papers: z.object({ url: z.string().url(), text: text.optional() }).optional(),
  }),
  people: z
    .array(
      z.object({
        name: text,
        municipality: text.optional(),
        role: z.enum(["chair", "secretary"]).optional(),
        /** How Teams learns they are there: the meeting's join event, or their click on the check-in card. */
        arrives: z.enum(["join", "checkIn"]),
      }),
    )
    .min(2),
  agenda: z.array(z.object({ title: text, notes: z.array(text) })).min(1),
  roundTable: z.array(
    z.object({
      municipality: text,
      /** Each submission replaces the entry's text, as the form does (the second contributor edits the first's). */
      submissions: z.array(z.object({ by: text, text })).min(1),
    }),
  ),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioPerson = Scenario["people"][number];

export const scenariosFolder = resolve(__dirname, "scenarios");

export function loadScenario(name: string): Scenario {
  return scenarioSchema.parse(JSON.parse(readFileSync(resolve(scenariosFolder, `${name}.json`), "utf8")));
}

/** Teams identities for a scenario person: stable, derived from the name. */
export function teamsPerson(person: Pick<ScenarioPerson, "name">): Person {
  return { id: mriFrom(`scenario:${person.name}`), name: person.name, aadObjectId: guidFrom(`scenario:${person.name}`) };
}

/** The group file (`npm run group:import`) for the scenario's group and people. */
export function groupFileOf(scenario: Scenario): object {
  return {
    ...scenario.group,
    members: scenario.people.map((person) => ({
      name: person.name,
      aadObjectId: teamsPerson(person).aadObjectId,
      ...(person.municipality ? { municipality: person.municipality } : {}),
      ...(person.role ? { role: person.role } : {}),
    })),
  };
}
