import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Container } from "@azure/cosmos";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/storage/embedded/embedded-cosmos-server";
import { invalidId } from "../../src/storage/embedded/azure-rules";
import { scopeQueryToPartition } from "../../src/storage/embedded/partition-scoped-query";

const statusOf = async (work: Promise<unknown>): Promise<number | undefined> =>
  work.then(
    () => 200,
    (error: { code?: number }) => error.code,
  );

describe("the embedded store refuses what Azure Cosmos DB refuses (real @azure/cosmos client)", () => {
  let dataDir: string;
  let store: EmbeddedCosmos;
  let items: Container;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "motebot-azure-rules-"));
    store = await startEmbeddedCosmos({ dataDir, port: 0 });
    const { database } = await store.client.databases.createIfNotExists({ id: "db" });
    items = (await database.containers.createIfNotExists({ id: "items", partitionKey: { paths: ["/pk"] } })).container;
  });
  after(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("an item over 2 MB is refused with 413 (create, upsert, replace), and nothing is stored", async () => {
    const big = "x".repeat(2.1 * 1024 * 1024);
    assert.equal(await statusOf(items.items.create({ id: "big", pk: "p1", big })), 413);
    assert.equal(await statusOf(items.items.upsert({ id: "big", pk: "p1", big })), 413);
    await items.items.create({ id: "grows", pk: "p1", text: "small" });
    assert.equal(await statusOf(items.item("grows", "p1").replace({ id: "grows", pk: "p1", text: big })), 413);
    assert.equal((await items.item("big", "p1").read()).statusCode, 404);
    assert.equal((await items.item("grows", "p1").read<{ text: string }>()).resource?.text, "small");
  });

  it("an item just under 2 MB is kept", async () => {
    const near = "y".repeat(2 * 1024 * 1024 - 1024);
    assert.equal(await statusOf(items.items.create({ id: "near", pk: "p1", near })), 200);
  });

  it("ids Azure refuses are refused: over 255 characters or with ? get 400 from the server; / \\ # the SDK refuses itself", async () => {
    for (const id of ["a".repeat(256), "a?b"]) {
      assert.equal(await statusOf(items.items.create({ id, pk: "p1" })), 400, JSON.stringify(id.slice(0, 20)));
    }
    for (const id of ["a/b", "a\\b", "a#b"]) {
      assert.notEqual(await statusOf(items.items.create({ id, pk: "p1" })), 200, JSON.stringify(id));
    }
    // Other clients reach the server with them: its own rule refuses all four characters.
    for (const id of ["a/b", "a\\b", "a?b", "a#b", "a".repeat(256), ""]) assert.ok(invalidId(id), JSON.stringify(id.slice(0, 20)));
    assert.equal(invalidId("a".repeat(255)), undefined);
    assert.equal(await statusOf(items.items.create({ id: "a".repeat(255), pk: "p1" })), 200);
  });

  it("a query with a partition key sees only that partition", async () => {
    for (const pk of ["p1", "p2"]) {
      for (let i = 0; i < 3; i++) await items.items.create({ id: `${pk}-${i}`, pk, kind: "x" });
    }
    const query = { query: "SELECT * FROM c WHERE c.kind = @kind", parameters: [{ name: "@kind", value: "x" }] };
    const { resources } = await items.items.query<{ pk: string }>(query, { partitionKey: "p2" }).fetchAll();
    assert.deepEqual(
      resources.map((r) => r.pk),
      ["p2", "p2", "p2"],
    );
    const counted = await items.items.query<number>("SELECT VALUE COUNT(1) FROM c", { partitionKey: "p2" }).fetchAll();
    assert.deepEqual(counted.resources, [3]);
    const everywhere = await items.items.query<{ pk: string }>(query).fetchAll();
    assert.ok(everywhere.resources.some((r) => r.pk === "p1") && everywhere.resources.some((r) => r.pk === "p2"));
  });

  it("a partition's query pages through that partition only, in order, while other partitions hold more", async () => {
    for (const pk of ["q1", "q2", "q3"]) {
      for (let n = 0; n < 25; n++) await items.items.create({ id: `${pk}-${n}`, pk, n });
    }
    const pages: number[][] = [];
    const iterator = items.items.query<{ pk: string; n: number }>("SELECT c.pk, c.n FROM c ORDER BY c.n DESC", {
      partitionKey: "q2",
      maxItemCount: 10,
    });
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      assert.ok(resources.every((r) => r.pk === "q2"));
      if (resources.length) pages.push(resources.map((r) => r.n));
    }
    assert.deepEqual(
      pages.map((p) => p.length),
      [10, 10, 5],
    );
    assert.deepEqual(
      pages.flat(),
      Array.from({ length: 25 }, (_, i) => 24 - i),
    );
  });

  it("the SDK's query-plan lookup is answered with a plan, not by running the query over every partition", async () => {
    await items.items.create({ id: "plan-1", pk: "plan", kind: "planned" });
    const answer = await postQuery(new URL("dbs/db/colls/items/docs", store.endpoint), {
      "x-ms-cosmos-is-query-plan-request": "True",
      "x-ms-documentdb-query-enablecrosspartition": "true",
    });
    assert.equal(answer.status, 200);
    const plan = JSON.parse(answer.body) as Record<string, unknown>;
    assert.ok(plan.queryInfo && Array.isArray(plan.queryRanges), answer.body.slice(0, 200));
    assert.equal(plan.Documents, undefined);
    assert.ok(!answer.body.includes("planned"));
    // The query itself still runs, across partitions when asked to.
    const { resources } = await items.items.query("SELECT * FROM c WHERE c.kind = 'planned'").fetchAll();
    assert.equal(resources.length, 1);
  });

  it("scoping keeps the query's own clauses (strings and parentheses included)", () => {
    const scope = (sql: string) => scopeQueryToPartition(sql, "/meetingId")?.query;
    assert.equal(scope("SELECT * FROM c"), 'SELECT * FROM c WHERE c["meetingId"] = @embeddedPartitionKey');
    assert.equal(
      scope("SELECT * FROM c WHERE c.a = 'x ORDER BY y' OR (c.b = 1) ORDER BY c.n"),
      "SELECT * FROM c WHERE c[\"meetingId\"] = @embeddedPartitionKey AND (c.a = 'x ORDER BY y' OR (c.b = 1)) ORDER BY c.n",
    );
    assert.equal(
      scope("SELECT r.id FROM root r JOIN t IN r.tags WHERE t = 'a'"),
      "SELECT r.id FROM root r JOIN t IN r.tags WHERE r[\"meetingId\"] = @embeddedPartitionKey AND (t = 'a')",
    );
  });
});

/** A query POSTed as the SDK sends it, with `headers` added; the server's certificate is self-signed. */
function postQuery(url: URL, headers: Record<string, string>): Promise<{ status: number | undefined; body: string }> {
  const body = JSON.stringify({ query: "SELECT * FROM c WHERE c.kind = 'planned'", parameters: [] });
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      rejectUnauthorized: false,
      headers: { "content-type": "application/query+json", "x-ms-documentdb-isquery": "true", ...headers },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
