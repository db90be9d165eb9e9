import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { httpRoutes as featureRoutes, panelDevRoutes, type AppServices } from "./router/route-table";
import type { AppConfig } from "./config/load-config";
import type { Logger } from "./logging/logger";
import { createHttpServer } from "./server/create-http-server";
import { entraUserAuthenticator } from "./server/entra-user-token";
import { devUserAuthenticator } from "./server/dev-user";
import type { UserAuthenticator } from "./server/answer-route";
import { collectWhenIdle, givingPagesBack } from "./server/idle-memory";
import { ConversationStore } from "./shared/conversation-store";
import { GroupStore } from "./features/working-group";
import { FollowUpStore } from "./features/followups";
import { AttendeeStore } from "./features/attendance";
import { ReminderSweep, RoundTableStore, ScheduleStore } from "./features/roundtable";
import { DownloadLinkStore, ReferatStore } from "./features/referat";
import { PersonvernStore, RetentionClaims, RetentionSweep } from "./features/personvern";
import { SharedCardRefresher } from "./shared/cards/shared-card-refresher";
import { MeetingStore } from "./shared/meeting/meeting-store";
import { MeetingIndexStore } from "./shared/meeting/meeting-index";
import { openStorage } from "./storage/open-storage";
import { createMessagesEndpoint, messagesRoute } from "./teams/messages-endpoint";
import { createAdapter } from "./teams/create-adapter";
import { proactiveMessaging } from "./teams/proactive-messaging";
import { teamsOutgoing } from "./teams/outgoing-calls";
import { fileClock, systemClock } from "./shared/clock";
import { createRequestAuthenticator } from "./teams/authenticate-request";

export interface RunningBot {
  port: number;
  /** Stop accepting, finish requests in flight, flush storage. */
  stop(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

/** Wires storage, the Teams edge and the HTTP server together. */
export async function startBot(config: AppConfig, log: Logger): Promise<RunningBot> {
  const started = Date.now();
  if (!config.auth.enabled) {
    log.warn("MicrosoftAppId is not set: authentication is OFF and any caller can post activities. Only for local trials and tests.");
  }
  const storage = await openStorage(config.storage, log);
  let publicBaseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
  const meetingIndex = new MeetingIndexStore(storage.container("groups"));
  const adapter = createAdapter(config.auth);
  const conversations = new ConversationStore(storage.container("conversations"));
  const outgoing = teamsOutgoing(log);
  const services: AppServices = {
    conversations,
    meetings: new MeetingStore(storage.container("meetings"), meetingIndex),
    meetingIndex,
    groups: new GroupStore(storage.container("groups")),
    followUps: new FollowUpStore(storage.container("groups")),
    attendees: new AttendeeStore(storage.container("meetings")),
    roundTable: new RoundTableStore(storage.container("meetings")),
    schedule: new ScheduleStore(storage.container("schedule")),
    referats: new ReferatStore(storage.container("meetings")),
    downloadLinks: new DownloadLinkStore(storage.container("downloadLinks")),
    personvern: new PersonvernStore(storage.container("meetings"), storage.container("groups"), storage.container("downloadLinks")),
    retentionClaims: new RetentionClaims(storage.container("schedule")),
    retentionMonths: config.retentionMonths,
    publicBaseUrl: () => publicBaseUrl,
    sharedCards: new SharedCardRefresher(log),
    proactive: proactiveMessaging(adapter, config.auth, conversations, log, outgoing),
    log,
    now: config.testClockFile ? fileClock(config.testClockFile) : systemClock,
    ...(config.language ? { fixedLanguage: config.language } : {}),
  };
  // `npm run dev` (authentication off, NODE_ENV=development) adds the panel's identity picker.
  const httpRoutes = config.panelSignIn.devIdentities ? [...featureRoutes, ...panelDevRoutes] : featureRoutes;
  const { server, inFlight } = createHttpServer({
    routes: [messagesRoute(createMessagesEndpoint(adapter, services, outgoing)), ...httpRoutes],
    services,
    authenticate: createRequestAuthenticator(config.auth),
    ...userAuthentication(config),
    ...(config.allowedTenants ? { allowedTenants: config.allowedTenants } : {}),
    ...(config.language ? { fixedLanguage: config.language } : {}),
    isStorageReachable: () => storage.isReachable(),
    ...(config.publicBaseUrl ? { publicBaseUrl: config.publicBaseUrl } : {}),
    admission: config.admission,
    log,
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  publicBaseUrl = config.publicBaseUrl ?? `http://localhost:${port}`;
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const reminders = new ReminderSweep(services, instanceId);
  reminders.start(config.reminderSweepMs);
  // Once a day on one instance; each tick costs one point read once the day's sweep is claimed.
  const retention = new RetentionSweep(services, instanceId);
  retention.start(config.reminderSweepMs);
  const idleMemory = collectWhenIdle({
    collect: givingPagesBack(globalThis.gc),
    rss: () => process.memoryUsage.rss(),
    idleForMs: () => inFlight.idleForMs(),
    log,
  });
  log.info({ port, storage: storage.mode, startupMs: Date.now() - started }, "Møtebot is listening");

  return {
    port,
    async stop() {
      await reminders.stop();
      await retention.stop();
      idleMemory.stop();
      const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      const drained = await inFlight.drained(DRAIN_TIMEOUT_MS);
      if (!drained) log.warn({ inFlight: inFlight.size }, "requests still running at shutdown");
      server.server.closeAllConnections();
      await closed;
      await storage.close();
      log.info("stopped");
    },
  };
}

/**
 * The meeting side panel (a page inside Teams) proves its user with an Entra token for this app (single
 * sign-on); `npm run dev` with authentication off lets the page pick a person instead. Else: none, and 401.
 */
function userAuthentication(config: AppConfig): { authenticateUser?: UserAuthenticator } {
  const signIn = config.panelSignIn;
  if (signIn.audiences.length > 0) {
    return {
      authenticateUser: entraUserAuthenticator({
        audiences: signIn.audiences,
        ...(config.allowedTenants ? { allowedTenants: config.allowedTenants } : {}),
        ...(signIn.openIdMetadataUrl ? { openIdMetadataUrl: signIn.openIdMetadataUrl } : {}),
      }),
    };
  }
  return signIn.devIdentities ? { authenticateUser: devUserAuthenticator } : {};
}
