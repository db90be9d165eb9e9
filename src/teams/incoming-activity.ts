import { z } from "zod";

const id = z.string().min(1).max(1024);
const account = z.object({ id, name: z.string().max(1024).optional(), aadObjectId: z.string().max(128).optional() }).passthrough();

/**
 * The parts of a Bot Framework activity the bot relies on. Anything that does not match is
 * refused with 400 before it reaches the bot; unknown extra fields are kept.
 */
export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    name: z.string().max(256).optional(),
    serviceUrl: z.string().url().max(2048),
    // teams-ai keys its turn state by channel: without one it throws, and botbuilder would answer 501.
    channelId: z.string().min(1).max(64),
    from: account,
    recipient: account,
    conversation: z
      .object({
        id,
        conversationType: z.string().max(64).optional(),
        tenantId: z.string().max(128).optional(),
        isGroup: z.boolean().optional(),
      })
      .passthrough(),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    // botbuilder turns it into a Date (an invalid one from text that is no time: refused here, at the edge).
    timestamp: z
      .union([
        z
          .string()
          .max(64)
          .refine((value) => !Number.isNaN(Date.parse(value)), "not a time"),
        z.date(),
      ])
      .optional(),
    replyToId: z.string().max(1024).optional(),
    entities: z.array(z.record(z.unknown())).optional(),
    channelData: z
      .object({
        tenant: z
          .object({ id: z.string().max(128) })
          .passthrough()
          .optional(),
        meeting: z
          .object({ id: z.string().max(4096) })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
    value: z.unknown().optional(),
    action: z.string().max(64).optional(),
    membersAdded: z.array(account).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

export function parseIncomingActivity(body: unknown): z.SafeParseReturnType<unknown, IncomingActivity> {
  return incomingActivitySchema.safeParse(body);
}
