import type { IncomingActivity } from "../teams/incoming-activity";

/** A card verb is one of ours (`attendance.checkIn`); anything else a client sent is not copied into the log. */
const VERB = /^[A-Za-z][A-Za-z0-9.]{0,63}$/;

function verbOf(value: unknown): string | undefined {
  const record = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const verb = record(record(value)?.action)?.verb ?? record(value)?.verb;
  if (verb === undefined) return undefined;
  return typeof verb === "string" && VERB.test(verb) ? verb : "(other)";
}

/** What the log says about an activity: ids, type and card verb — never its text or input values. */
export function activityLogFields(activity: IncomingActivity): Record<string, string | undefined> {
  return {
    activityType: activity.type,
    activityName: activity.name,
    verb: verbOf(activity.value),
    activityId: activity.id,
    conversationId: activity.conversation.id,
  };
}
