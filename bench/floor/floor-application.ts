import type { AddressInfo } from "node:net";
import type { Container } from "@azure/cosmos";
import { Application } from "@microsoft/teams-ai/lib/Application";
import restify from "restify";
import type { BotAuth } from "../../src/config/load-config";
import { createAdapter } from "../../src/teams/create-adapter";
import { FLOOR_VERB } from "./floor-verb";

interface FloorDoc {
  id: string;
  meetingId: string;
  clicks: number;
}

export interface FloorServer {
  port: number;
  close(): Promise<void>;
}

/**
 * BENCHMARK FLOOR, not part of the bot (`npm run bench` compares the bot with it): a bare
 * teams-ai Application on restify with the bot's adapter settings, whose card action does one
 * Cosmos point read and one upsert and answers with a small card — what the stack itself costs.
 */
export async function startFloorServer(options: {
  port: number;
  auth: BotAuth;
  meetings: Container;
  isStorageReachable(): Promise<boolean>;
}): Promise<FloorServer> {
  const adapter = createAdapter(options.auth);
  const app = new Application({ adapter, removeRecipientMention: false, startTypingTimer: false });
  app.adaptiveCards.actionExecute<{ meetingId?: string }>(FLOOR_VERB, async (context, _state, data) => {
    const meetingId = data.meetingId ?? "floor";
    const item = options.meetings.item(`floor:${context.activity.from.id}`, meetingId);
    const { resource } = await item.read<FloorDoc>();
    const clicks = (resource?.clicks ?? 0) + 1;
    await options.meetings.items.upsert<FloorDoc>({ id: item.id, meetingId, clicks });
    return {
      type: "AdaptiveCard",
      version: "1.5",
      body: [{ type: "TextBlock", text: `Klikk nummer ${clicks}`, wrap: true }],
      actions: [{ type: "Action.Execute", title: "Klikk", verb: FLOOR_VERB, data: { meetingId } }],
    };
  });

  const server = restify.createServer({ name: "motebot-floor", handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  server.get("/healthz", async (_req, res) => {
    const reachable = await options.isStorageReachable();
    res.send(reachable ? 200 : 503, { status: reachable ? "ok" : "storage unreachable" });
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
