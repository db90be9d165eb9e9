import type { ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter";
import type { BotAuth } from "../config/load-config";

/**
 * The Bot Framework's public-cloud endpoints (botframework-connector's AuthenticationConstants).
 * botbuilder uses them only while none is configured: as soon as one is (the OpenID metadata
 * URL), it takes every endpoint from the configuration, so the others must come along.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
  CallerId: "urn:botframework:azure",
  ValidateAuthority: true,
};

/**
 * With credentials, botbuilder validates every request's JWT (401 otherwise) and signs its
 * calls to Teams. Without, it skips both — only possible outside production (see config).
 */
export function createAdapter(auth: BotAuth): TeamsAdapter {
  return new TeamsAdapter(botFrameworkConfig(auth));
}

/** botbuilder's configuration for the credentials (empty: authentication off). */
export function botFrameworkConfig(auth: BotAuth): ConfigurationBotFrameworkAuthenticationOptions {
  if (!auth.enabled) return {};
  return {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
    ...(auth.openIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl } : {}),
  };
}
