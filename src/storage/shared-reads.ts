/**
 * Concurrent point reads of one document share one request: a burst of clicks on one card reads
 * the meeting and its group once, not once per click. A read joins one in flight only if no write
 * through this store happened since that one started (`written` drops it), so a click still sees
 * everything this process wrote before it. Each caller gets its own copy to change.
 */
export class SharedReads<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  async read(key: string, load: () => Promise<T>): Promise<T> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      const started = load().finally(() => {
        if (this.inFlight.get(key) === started) this.inFlight.delete(key);
      });
      pending = started;
      this.inFlight.set(key, started);
    }
    return structuredClone(await pending);
  }

  /** After a write of the document: later reads start afresh. */
  written(key: string): void {
    this.inFlight.delete(key);
  }
}
