interface Waiter<T> {
  publish: (view: T) => Promise<void>;
  resolve: (view: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Keeps a shared card (one message everyone sees) in step with storage when many people
 * change it at once: requests for the same card are coalesced, each rendering starts after
 * the writes of everyone it answers, and renderings are published in order — so the last
 * published card shows every write, and Teams gets far fewer than one update per click.
 * Another instance of the bot may publish an older rendering after ours, so once nobody here
 * waits, the card is rendered again and republished until it matches what was published:
 * `render` must depend on storage alone. Storage holds the truth; a lost process loses nothing.
 */
export class SharedCardRefresher {
  private readonly queues = new Map<string, { waiting: Array<Waiter<unknown>>; running: boolean }>();

  /** Resolves with a card rendered after this call (its caller's write included). */
  refresh<T>(key: string, render: () => Promise<T>, publish: (view: T) => Promise<void>): Promise<T> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiting: [], running: false };
      this.queues.set(key, queue);
    }
    const waiting = queue.waiting;
    const result = new Promise<T>((resolve, reject) =>
      waiting.push({ publish: publish as (view: unknown) => Promise<void>, resolve: resolve as (view: unknown) => void, reject }),
    );
    if (!queue.running) void this.drain(key, queue, render);
    return result;
  }

  private async drain(key: string, queue: { waiting: Array<Waiter<unknown>>; running: boolean }, render: () => Promise<unknown>): Promise<void> {
    queue.running = true;
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      // Published through a turn still waiting for it, whose connection to Teams is open.
      const publish = batch[batch.length - 1]?.publish ?? (async () => undefined);
      try {
        const view = await render();
        await publish(view);
        const settled = await this.settle(queue, render, publish, view);
        for (const waiter of batch) waiter.resolve(settled);
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    queue.running = false;
    this.queues.delete(key);
  }

  /**
   * Once nobody here waits: renders again and republishes until the card shows what storage
   * holds. Best effort: the changes are saved and published once; a failure here is left to
   * the next change, which renders the card again.
   */
  private async settle(queue: { waiting: Array<Waiter<unknown>> }, render: () => Promise<unknown>, publish: (view: unknown) => Promise<void>, published: unknown): Promise<unknown> {
    let view = published;
    try {
      while (queue.waiting.length === 0) {
        const again = await render();
        if (JSON.stringify(again) === JSON.stringify(view)) break;
        await publish(again);
        view = again;
      }
    } catch {
      return view;
    }
    return view;
  }
}
