import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Container } from "@azure/cosmos";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/storage/embedded/embedded-cosmos-server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Time to live as Azure Cosmos DB applies it (learn.microsoft.com, "Time to Live (TTL) in Azure Cosmos DB"):
 * only in a container with `defaultTtl`; -1 there means "only items with their own ttl expire"; the
 * clock runs from the item's last write. The embedded store deletes the expired items, journaled, and
 * what expired while it was down is neither restored nor kept in its files.
 */
describe("embedded store honours ttl as Azure does", function () {
  this.timeout(30_000);
  let dataDir: string;
  let store: EmbeddedCosmos | undefined;

  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), "motebot-ttl-"))));
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const containers = async (s: EmbeddedCosmos): Promise<{ links: Container; meetings: Container }> => {
    const { database } = await s.client.databases.createIfNotExists({ id: "db" });
    const links = (await database.containers.createIfNotExists({ id: "links", partitionKey: { paths: ["/key"] }, defaultTtl: -1 }))
      .container;
    const meetings = (await database.containers.createIfNotExists({ id: "meetings", partitionKey: { paths: ["/key"] } })).container;
    return { links, meetings };
  };
  const exists = async (container: Container, id: string): Promise<boolean> =>
    (await container.item(id, "k").read()).resource !== undefined;

  it("deletes an item whose ttl ran out; keeps one without ttl, one with -1, and any in a container without defaultTtl", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const { links, meetings } = await containers(store);
    await links.items.create({ id: "short", key: "k", ttl: 1 });
    await links.items.create({ id: "forever", key: "k", ttl: -1 });
    await links.items.create({ id: "plain", key: "k" });
    await meetings.items.create({ id: "ignored", key: "k", ttl: 1 });
    assert.equal(await exists(links, "short"), true);
    await sleep(3_200);
    assert.deepEqual(
      [await exists(links, "short"), await exists(links, "forever"), await exists(links, "plain"), await exists(meetings, "ignored")],
      [false, true, true, true],
    );
  });

  it("a write restarts the clock", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const { links } = await containers(store);
    await links.items.create({ id: "renewed", key: "k", ttl: 3 });
    await sleep(1_500);
    await links.items.upsert({ id: "renewed", key: "k", ttl: 3, n: 2 });
    await sleep(2_000);
    assert.equal(await exists(links, "renewed"), true);
    await sleep(3_000);
    assert.equal(await exists(links, "renewed"), false);
  });

  it("what expired while the store was down is not restored, and is gone from its files", async () => {
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const { links } = await containers(store);
    await links.items.create({ id: "expiring", key: "k", ttl: 1, secret: "utløpt-lenke" });
    await links.items.create({ id: "kept", key: "k", ttl: 3600 });
    await store.close();
    await sleep(2_100);
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const again = store.client.database("db").container("links");
    assert.deepEqual([await exists(again, "expiring"), await exists(again, "kept")], [false, true]);
    const files = ["snapshot.jsonl", "journal.jsonl"].map((name) => readFileSync(join(dataDir, "cosmos", name), "utf8")).join("");
    assert.doesNotMatch(files, /utløpt-lenke/);
    assert.match(files, /"defaultTtl":-1/);
  });
});
