import { z } from "zod";

/**
 * One line of the embedded store's journal or snapshot. Documents are stored as the full
 * state the server acknowledged, so replaying a record twice gives the same result.
 */
export const journalRecordSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("createDatabase"), db: z.string() }),
  z.object({ op: z.literal("dropDatabase"), db: z.string() }),
  z.object({
    op: z.literal("createContainer"),
    db: z.string(),
    container: z.string(),
    partitionKeyPaths: z.array(z.string()),
    /** Azure's per-container expiry: absent = off; -1 = only items with their own `ttl`; n = n seconds by default. */
    defaultTtl: z.number().int().optional(),
  }),
  z.object({ op: z.literal("dropContainer"), db: z.string(), container: z.string() }),
  z.object({
    op: z.literal("putDocument"),
    db: z.string(),
    container: z.string(),
    document: z.record(z.unknown()).and(z.object({ id: z.string() })),
  }),
  z.object({
    op: z.literal("deleteDocument"),
    db: z.string(),
    container: z.string(),
    id: z.string(),
    partitionKey: z.string(),
  }),
]);

export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type StoredDocument = Extract<JournalRecord, { op: "putDocument" }>["document"];
