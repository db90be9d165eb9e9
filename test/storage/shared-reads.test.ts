import assert from "node:assert/strict";
import { SharedReads } from "../../src/storage/shared-reads";

interface Doc {
  version: number;
}

/** A store's document, read through SharedReads: counts the loads and lets a test hold one open. */
class FakeDocument {
  version = 1;
  loads = 0;
  private held: Array<() => void> = [];
  hold = false;

  load = async (): Promise<Doc> => {
    this.loads += 1;
    const version = this.version;
    if (this.hold) await new Promise<void>((release) => this.held.push(release));
    return { version };
  };

  release(): void {
    for (const release of this.held.splice(0)) release();
  }
}

describe("SharedReads: one request for concurrent reads, a kept copy for a short time", () => {
  let clock: number;
  let doc: FakeDocument;
  const kept = () => new SharedReads<Doc>({ keepForMs: 30_000, now: () => clock });

  beforeEach(() => {
    clock = 0;
    doc = new FakeDocument();
  });

  it("concurrent reads share one load, and each caller gets its own copy", async () => {
    const reads = new SharedReads<Doc>();
    const [a, b] = await Promise.all([reads.read("g", doc.load), reads.read("g", doc.load)]);
    assert.equal(doc.loads, 1);
    a.version = 99;
    assert.equal(b.version, 1);
  });

  it("readRecent serves the kept copy until it is keepForMs old, then reads again", async () => {
    const reads = kept();
    await reads.read("g", doc.load);
    doc.version = 2;
    clock = 30_000;
    assert.equal((await reads.readRecent("g", doc.load)).version, 1);
    assert.equal(doc.loads, 1);
    clock = 30_001;
    assert.equal((await reads.readRecent("g", doc.load)).version, 2);
    assert.equal(doc.loads, 2);
  });

  it("read always asks storage, even with a recent copy kept", async () => {
    const reads = kept();
    await reads.readRecent("g", doc.load);
    doc.version = 2;
    assert.equal((await reads.read("g", doc.load)).version, 2);
    assert.equal(doc.loads, 2);
  });

  it("a write through the store ends the kept copy at once", async () => {
    const reads = kept();
    await reads.readRecent("g", doc.load);
    doc.version = 2;
    reads.written("g");
    assert.equal((await reads.readRecent("g", doc.load)).version, 2);
  });

  it("a read that started before a write is not kept after it", async () => {
    const reads = kept();
    doc.hold = true;
    const before = reads.read("g", doc.load);
    reads.written("g");
    doc.release();
    await before;
    doc.hold = false;
    doc.version = 2;
    assert.equal((await reads.readRecent("g", doc.load)).version, 2);
    assert.equal(doc.loads, 2);
  });

  it("without keepForMs nothing is kept", async () => {
    const reads = new SharedReads<Doc>({ now: () => clock });
    await reads.readRecent("g", doc.load);
    await reads.readRecent("g", doc.load);
    assert.equal(doc.loads, 2);
  });

  it("a failed read is not kept", async () => {
    const reads = kept();
    await assert.rejects(reads.readRecent("g", () => Promise.reject(new Error("503"))));
    assert.equal((await reads.readRecent("g", doc.load)).version, 1);
    assert.equal(doc.loads, 1);
  });
});
