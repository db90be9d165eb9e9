import assert from "node:assert/strict";
import { CosmosClient } from "@azure/cosmos";
import { Agent } from "node:https";
import { ConnectorStandIn, adaptiveCardsOf } from "../../../scripts/replay/connector-standin";
import { botAdded, groupChat, installed, meetingChat, message, people, personalChat } from "../../../scripts/replay/activities";
import { click, postActivity, lastCard } from "../../../scripts/replay/bot-client";
import { freePort, startBot, tempDataDir, type BotProcess } from "../../../scripts/replay/bot-process";
import { LOCAL_EMULATOR_KEY } from "../../../src/storage/cosmos-client";

const welcomes = (standIn: ConnectorStandIn, conversationId: string) =>
  standIn.recorded(conversationId).filter((a) => JSON.stringify(adaptiveCardsOf(a.activity)).includes("Jeg er Møtebot"));

describe("welcome on install, and the embedded store surviving SIGKILL", () => {
  let standIn: ConnectorStandIn;
  let bot: BotProcess | undefined;
  const dataDir = tempDataDir();
  let cosmosPort: number;
  const chats = [meetingChat(11), groupChat(12), personalChat(people.secretary)];

  before(async () => {
    standIn = await ConnectorStandIn.start();
    // A restarted process does not know what the earlier one sent: Teams' 429 tells it.
    standIn.sharedBetweenProcesses();
    cosmosPort = await freePort();
  });
  after(async () => {
    await bot?.stop("SIGKILL");
    await standIn.close();
  });
  const start = async () => (bot = await startBot({ DATA_DIR: dataDir, EMBEDDED_COSMOS_PORT: String(cosmosPort) }));

  it("posts one welcome card per conversation, although Teams sends conversationUpdate and installationUpdate (and retries)", async () => {
    await start();
    for (const chat of chats) {
      const o = { serviceUrl: standIn.url, chat, from: people.secretary };
      const events = [botAdded(o), installed(o), botAdded(o)];
      const results = await Promise.all(events.map((event) => postActivity(bot!.url, event)));
      assert.deepEqual(
        results.map((r) => r.status),
        [200, 200, 200],
      );
    }
    for (const chat of chats) {
      await standIn.waitFor((a) => a.conversationId === chat.conversationId);
      assert.equal(welcomes(standIn, chat.conversationId).length, 1, chat.kind);
    }
  });

  it("the welcome card's button turns it into the help card", async () => {
    const chat = chats[0]!;
    const build = { serviceUrl: standIn.url, chat, from: people.member };
    const response = await click({ botUrl: bot!.url, standIn, build, action: "Vis kommandoer" });
    assert.equal(response.status, 200);
    const body = response.body as { type: string; value: unknown };
    assert.equal(body.type, "application/vnd.microsoft.card.adaptive");
    assert.match(JSON.stringify(body.value), /Møtebot – kommandoer/);
    assert.ok(lastCard(standIn, chat.conversationId));
  });

  it("after SIGKILL and a restart on the same data folder, every write is still there", async () => {
    assert.equal(await bot!.stop("SIGKILL"), "SIGKILL");
    await start();

    // Through the bot: a repeated install does not welcome again.
    for (const chat of chats) {
      await postActivity(bot!.url, installed({ serviceUrl: standIn.url, chat, from: people.secretary }));
    }
    await postActivity(bot!.url, message({ serviceUrl: standIn.url, chat: chats[0]!, from: people.member, text: "hjelp" }));
    await standIn.waitFor((a) => a.conversationId === chats[0]!.conversationId && JSON.stringify(a.activity).includes("kommandoer"));
    for (const chat of chats) assert.equal(welcomes(standIn, chat.conversationId).length, 1, `no second welcome in ${chat.kind}`);

    // Directly, with the real SDK against the restarted embedded server.
    const client = new CosmosClient({
      endpoint: `https://127.0.0.1:${cosmosPort}/`,
      key: LOCAL_EMULATOR_KEY,
      agent: new Agent({ rejectUnauthorized: false }),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const conversations = client.database("motebot").container("conversations");
    for (const chat of chats) {
      const { resource } = await conversations.item("conversation", chat.conversationId).read<{ serviceUrl: string; kind: string }>();
      assert.equal(resource?.serviceUrl, standIn.url, `conversation record of ${chat.kind}`);
      assert.equal((await conversations.item("welcome", chat.conversationId).read()).statusCode, 200);
    }
    client.dispose();
  });

  it("SIGTERM shuts down cleanly with exit code 0", async () => {
    assert.equal(await bot!.stop("SIGTERM"), 0);
    bot = undefined;
  });
});
