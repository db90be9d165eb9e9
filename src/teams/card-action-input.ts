import { z } from "zod";
import type { CardAction } from "../shared/routes";

const invokeValueSchema = z.object({
  action: z.object({
    type: z.string().max(64).optional(),
    verb: z.string().max(128).optional(),
    data: z.record(z.unknown()).optional(),
  }),
  trigger: z.enum(["manual", "automatic"]).optional(),
});

/** Action.Execute: `value.action.verb`, inputs merged into `value.action.data`. */
export function cardActionFromInvoke(value: unknown): CardAction | undefined {
  const parsed = invokeValueSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data.action.data ?? {};
  const verb = parsed.data.action.verb ?? (typeof data.verb === "string" ? data.verb : undefined);
  return verb ? { verb, data } : undefined;
}

/** Legacy Action.Submit: a message with no text whose `value` carries the data and the verb. */
export function cardActionFromSubmit(value: unknown): CardAction | undefined {
  const parsed = z.record(z.unknown()).safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  const verb = typeof data.verb === "string" ? data.verb : typeof data.action === "string" ? data.action : undefined;
  return verb ? { verb, data } : undefined;
}
