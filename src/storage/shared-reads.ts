/**
 * Concurrent point reads of one document share one request: a burst of clicks on one card reads
 * the meeting and its group once, not once per click. A read joins one in flight only if no write
 * through this store happened since that one started (`written` drops it), so a click still sees
 * everything this process wrote before it. Each caller gets its own copy to change.
 *
 * With `keepForMs`, a finished read also serves `readRecent` until it is that old (measured from
 * when its request started), unless a write through this store came after it started.
 */
export class SharedReads<T> {
  private readonly inFlight = new Map<string, Promise<T>>();
  private readonly kept = new Map<string, { value: T; startedAt: number }>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly options: { keepForMs?: number; now?: () => number } = {}) {}

  async read(key: string, load: () => Promise<T>): Promise<T> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      const generation = this.generations.get(key) ?? 0;
      const startedAt = this.now();
      const started = load()
        .then((value) => {
          if (this.options.keepForMs && (this.generations.get(key) ?? 0) === generation) this.keep(key, value, startedAt);
          return value;
        })
        .finally(() => {
          if (this.inFlight.get(key) === started) this.inFlight.delete(key);
        });
      pending = started;
      this.inFlight.set(key, started);
    }
    return structuredClone(await pending);
  }

  /** The kept copy while it is recent enough, else a read as `read` does. */
  async readRecent(key: string, load: () => Promise<T>): Promise<T> {
    const kept = this.kept.get(key);
    if (kept && this.now() - kept.startedAt <= (this.options.keepForMs ?? 0)) return structuredClone(kept.value);
    return this.read(key, load);
  }

  /** After a write of the document: later reads start afresh. */
  written(key: string): void {
    this.inFlight.delete(key);
    if (!this.options.keepForMs) return;
    this.kept.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  private keep(key: string, value: T, startedAt: number): void {
    const limit = this.options.keepForMs ?? 0;
    for (const [other, entry] of this.kept) if (this.now() - entry.startedAt > limit) this.kept.delete(other);
    this.kept.set(key, { value, startedAt });
  }

  private now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }
}
