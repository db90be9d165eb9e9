import { people, type Person } from "../../../scripts/replay/activities";
import { startBot, type BotProcess } from "../../../scripts/replay/bot-process";
import { ConnectorStandIn } from "../../../scripts/replay/connector-standin";
import { DEFAULT_TENANT_ID } from "../../../scripts/replay/payloads";
import type { RunningBot } from "../../../scripts/replay/running-bot";
import { startTestStorage, type TestStorage } from "../../../scripts/replay/test-storage";
import { OpenIdStandIn, type UserTokenOptions } from "../../harness/openid-standin";
import { importTestGroup } from "../../support/test-group";

/** The app registration of aad.manifest.json in these tests: its client id, and its app ID URI on the bot's host. */
export const SSO_CLIENT_ID = "6d2b9e4f-1c3a-4b7d-9e8f-0a1b2c3d4e5f";
export const SSO_APP_ID_URI = `api://localhost/${SSO_CLIENT_ID}`;

/** The embedded store, the Bot Connector stand-in, Entra's stand-in and a bot whose panel takes Entra tokens for the app. */
export interface PanelBots {
  storage: TestStorage;
  standIn: ConnectorStandIn;
  entra: OpenIdStandIn;
  bots: BotProcess[];
  /** The first bot as the meeting flows drive it. */
  running: RunningBot;
  token(person: Person, options?: Partial<UserTokenOptions>): string;
  stop(): Promise<void>;
}

export async function startPanelBots(count = 1, env: Record<string, string> = {}): Promise<PanelBots> {
  const storage = await startTestStorage();
  const standIn = await ConnectorStandIn.start();
  const entra = await OpenIdStandIn.start();
  await importTestGroup(storage.env);
  const bots: BotProcess[] = [];
  for (let i = 0; i < count; i++)
    bots.push(await startBot({ ...storage.env, SSO_APP_ID_URI, ENTRA_OPENID_METADATA_URL: entra.entraMetadataUrl, ...env }));
  const first = bots[0];
  if (!first) throw new Error("no bot");
  const stop = async () => {
    for (const bot of bots) await bot.stop();
    await entra.close();
    await standIn.close();
    await storage.close();
  };
  return {
    storage,
    standIn,
    entra,
    bots,
    running: { storage, standIn, bot: first, stop },
    token: (person, options = {}) =>
      entra.userToken({ audience: SSO_CLIENT_ID, oid: person.aadObjectId ?? "", tid: DEFAULT_TENANT_ID, name: person.name, ...options }),
    stop,
  };
}

export const { chair, secretary, member, other } = people;
