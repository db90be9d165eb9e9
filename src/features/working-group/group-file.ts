import { z } from "zod";
import { cleanText, namesSomething, sameNameKey } from "../../shared/text/clean-text";

/** Free text from the file, stored as the bot stores what people type (see cleanText). */
const text = () => z.string().transform(cleanText).pipe(z.string().trim());
/** A name: cleaned text with a letter or a digit in it. */
const name = (max: number) => text().pipe(z.string().max(max).refine(namesSomething, "a name needs a letter or a digit"));

/**
 * A group file for `npm run group:import`. Members may be listed by name only; give their
 * `aadObjectId` (Entra object id) for the chair and the secretary so their roles take effect.
 */
export const groupFileSchema = z
  .object({
    groupId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and '-', 2–63 characters"),
    name: name(200),
    leaderTitle: text().pipe(z.string().max(200)).default(""),
    municipalities: z.array(name(100)).min(1).max(100),
    members: z
      .array(
        z.object({
          name: name(200),
          aadObjectId: z.string().uuid("must be an Entra object id (GUID)").optional(),
          municipality: text().pipe(z.string().max(100)).optional(),
          role: z.enum(["chair", "secretary", "member"]).default("member"),
        }),
      )
      .max(500)
      .default([]),
  })
  .superRefine((file, context) => {
    if (new Set(file.municipalities.map(sameNameKey)).size !== file.municipalities.length) {
      context.addIssue({ code: "custom", path: ["municipalities"], message: "each municipality once (letter case aside)" });
    }
    file.members.forEach((member, index) => {
      if (member.municipality && !file.municipalities.includes(member.municipality)) {
        context.addIssue({
          code: "custom",
          path: ["members", index, "municipality"],
          message: `"${member.municipality}" is not in municipalities`,
        });
      }
    });
    for (const role of ["chair", "secretary"] as const) {
      if (file.members.filter((member) => member.role === role).length > 1) {
        context.addIssue({ code: "custom", path: ["members"], message: `at most one ${role}` });
      }
    }
  });

export type GroupFile = z.infer<typeof groupFileSchema>;
