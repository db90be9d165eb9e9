import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/storage/embedded/embedded-cosmos-server";

describe("embedded Cosmos store (real @azure/cosmos client over HTTPS)", () => {
  let dataDir: string;
  let store: EmbeddedCosmos | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "motebot-store-"));
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const container = async (s: EmbeddedCosmos) => {
    const { database } = await s.client.databases.createIfNotExists({ id: "db" });
    return (await database.containers.createIfNotExists({ id: "meetings", partitionKey: { paths: ["/meetingId"] } })).container;
  };

  it("keeps creates, replaces, patches and deletes across a restart", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const meetings = await container(store);
    for (let i = 0; i < 20; i++) await meetings.items.create({ id: `a${i}`, meetingId: `m${i % 3}`, n: i });
    const { resource } = await meetings.item("a1", "m1").read<{ id: string; meetingId: string; n: number }>();
    assert.ok(resource);
    await meetings.item("a1", "m1").replace({ ...resource, n: 100 });
    await meetings.item("a2", "m2").patch([{ op: "set", path: "/title", value: "Sak 2" }]);
    await meetings.item("a3", "m0").delete();
    await store.close();

    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    assert.equal(store.restoredDocuments, 19);
    const again = store.client.database("db").container("meetings");
    assert.equal((await again.item("a1", "m1").read<{ n: number }>()).resource?.n, 100);
    assert.equal((await again.item("a2", "m2").read<{ title: string }>()).resource?.title, "Sak 2");
    assert.equal((await again.item("a3", "m0").read()).statusCode, 404);
    const { resources } = await again.items
      .query({ query: "SELECT * FROM c WHERE c.meetingId = @m", parameters: [{ name: "@m", value: "m1" }] })
      .fetchAll();
    assert.equal(resources.length, 7);
  });

  it("a torn last journal line (a write that was never acknowledged) does not stop the start", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const meetings = await container(store);
    await meetings.items.create({ id: "kept", meetingId: "m" });
    await store.close();
    store = undefined;
    appendFileSync(join(dataDir, "cosmos", "journal.jsonl"), '{"op":"putDocument","db":"db","contai');

    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    assert.equal((await store.client.database("db").container("meetings").item("kept", "m").read()).statusCode, 200);
  });

  it("refuses a second process on the same data folder", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const lock = readFileSync(join(dataDir, "cosmos", "LOCK"), "utf8");
    assert.equal((JSON.parse(lock) as { pid: number }).pid, process.pid);
    // Pretend the lock belongs to another live process (our parent).
    writeFileSync(join(dataDir, "cosmos", "LOCK"), String(process.ppid));
    await assert.rejects(startEmbeddedCosmos({ dataDir, port: 0 }), /DATA_DIR: .* is in use by another bot process/);
    writeFileSync(join(dataDir, "cosmos", "LOCK"), lock);
  });

  it("refuses transactional batches instead of acknowledging half of one", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const meetings = await container(store);
    await assert.rejects(meetings.items.batch([{ operationType: "Create", resourceBody: { id: "b1", meetingId: "m" } }], "m"));
    assert.equal((await meetings.item("b1", "m").read()).statusCode, 404);
  });
});
