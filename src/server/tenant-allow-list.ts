import type { IncomingActivity } from "../teams/incoming-activity";

export type TenantCheck = { allowed: true } | { allowed: false; tenantId: string };

/**
 * ALLOWED_TENANTS: an activity passes when every tenant it names — `channelData.tenant.id`, which
 * Teams sets, and `conversation.tenantId` — is on the list. One that names none is refused too.
 */
export function checkTenant(activity: IncomingActivity, allowedTenants: readonly string[] | undefined): TenantCheck {
  if (!allowedTenants) return { allowed: true };
  const named = [activity.channelData?.tenant?.id, activity.conversation.tenantId].filter((t): t is string => !!t);
  if (named.length === 0) return { allowed: false, tenantId: "(none)" };
  const foreign = named.find((t) => !allowedTenants.includes(t.toLowerCase()));
  return foreign === undefined ? { allowed: true } : { allowed: false, tenantId: foreign };
}
