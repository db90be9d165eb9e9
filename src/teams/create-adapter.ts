import { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { BotAuth } from "../config/load-config";

/**
 * With credentials, botbuilder validates every request's JWT (401 otherwise) and signs its
 * calls to Teams. Without, it skips both — only possible outside production (see config).
 */
export function createAdapter(auth: BotAuth): TeamsAdapter {
  if (!auth.enabled) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  });
}
