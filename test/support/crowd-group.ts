import { people, type Person } from "../../scripts/replay/activities";
import { guidFrom, mriFrom } from "../../scripts/replay/chats";
import { importGroupData } from "../../scripts/replay/run-group-import";

/** Someone with a stable Teams identity (MRI and Entra object id) derived from `seed`. */
export const representative = (seed: string, name: string): Person => ({ id: mriFrom(seed), name, aadObjectId: guidFrom(seed) });

/** The harness's chair and secretary as group members with their roles. */
export const leaderMembers = [
  { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair" },
  { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" },
];

export const CROWD_GROUP = "naering-crowd";

/** 60 municipalities with one representative each (DESIGN §7's largest group). */
export const crowd = Array.from({ length: 60 }, (_, i) => ({
  municipality: `Kommune ${String(i + 1).padStart(2, "0")}`,
  person: representative(`crowd-rt-${i}`, `Representant ${i + 1}`),
}));

/** Imports the crowd's group: the 60 municipalities, their representatives, the chair and the secretary. */
export function importCrowdGroup(env: Record<string, string>): Promise<string> {
  return importGroupData(env, {
    groupId: CROWD_GROUP,
    name: "Stor faggruppe",
    municipalities: crowd.map((c) => c.municipality),
    members: [
      ...leaderMembers,
      ...crowd.map((c) => ({ name: c.person.name, aadObjectId: c.person.aadObjectId, municipality: c.municipality })),
    ],
  });
}
