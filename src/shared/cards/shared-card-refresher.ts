import type { Logger } from "../../logging/logger";

interface Waiter<T> {
  publish: (view: T) => Promise<void>;
  /** A rendering from a document the caller just wrote and got back (as fresh as a read after it). */
  known?: T;
  /** Resolves once the caller's answer is sent; the re-render waits for it. */
  answered?: Promise<void>;
  resolve: (view: T) => void;
  reject: (error: unknown) => void;
}

interface Publication {
  view: unknown;
  publish: (view: unknown) => Promise<void>;
}

interface Queue {
  waiting: Array<Waiter<unknown>>;
  running: boolean;
  /** The newest rendering not yet handed to Teams; an older one still waiting is dropped. */
  unpublished?: Publication;
  /** Publishing under way (one at a time, newest rendering next). */
  publishing?: Promise<void> | undefined;
  /** Wakes the drain waiting for a publish when someone new waits. */
  wake?: () => void;
}

/**
 * Keeps a shared card (one message everyone sees) in step with storage when many people
 * change it at once: requests for the same card are coalesced, each rendering starts after
 * the writes of everyone it answers, and renderings are published in order — so the last
 * published card shows every write, and Teams gets far fewer than one update per click.
 * Publishing does not hold the next rendering: when Teams is slow or refuses for a while (429),
 * the clickers still get their answers, and only the newest rendering is published next.
 * Another instance of the bot may publish an older rendering after ours, so once nobody here
 * waits, the card is rendered again and republished until it matches what was published:
 * `render` must depend on storage alone. That settling runs after the callers have their
 * answer (it is for the others in the chat), still in this card's queue.
 */
export class SharedCardRefresher {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly log?: Logger) {}

  /**
   * Resolves with a card rendered after this call (its caller's write included), as soon as it is
   * rendered: publishing it to everyone (a call to the Bot Connector) does not hold the caller's answer.
   */
  refresh<T>(
    key: string,
    render: () => Promise<T>,
    publish: (view: T) => Promise<void>,
    options: { known?: { view: T }; answered?: Promise<void> } = {},
  ): Promise<T> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiting: [], running: false };
      this.queues.set(key, queue);
    }
    const waiting = queue.waiting;
    const result = new Promise<T>((resolve, reject) =>
      waiting.push({
        publish: publish as (view: unknown) => Promise<void>,
        ...(options.known ? { known: options.known.view } : {}),
        ...(options.answered ? { answered: options.answered } : {}),
        resolve: resolve as (view: unknown) => void,
        reject,
      }),
    );
    if (!queue.running) void this.drain(key, queue, render);
    queue.wake?.();
    return result;
  }

  private async drain(key: string, queue: Queue, render: () => Promise<unknown>): Promise<void> {
    queue.running = true;
    let published: Publication | undefined;
    let first = true;
    const answers: Array<Promise<void>> = [];
    while (queue.waiting.length > 0 || published) {
      const batch = queue.waiting.splice(0);
      if (batch.length === 0 && published) {
        // After the answers: the clickers do not wait for the re-render (someone may come meanwhile).
        if (answers.length > 0) await Promise.all(answers.splice(0));
        else {
          if (await this.publishedOrWoken(queue)) await this.settle(key, queue, render, published);
          else continue;
          published = undefined;
        }
        continue;
      }
      for (const waiter of batch) if (waiter.answered) answers.push(waiter.answered);
      const publish = batch[batch.length - 1]?.publish ?? (async () => undefined);
      // Alone, and with no rendering of this card under way: the caller's own fresh document shows
      // everything written before it (a later caller renders from storage, as its writes may be older).
      const only = first && batch.length === 1 ? batch[0] : undefined;
      first = false;
      let view: unknown;
      try {
        view = only && "known" in only ? only.known : await render();
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
        continue;
      }
      // The callers answer with the card now; it goes to Teams after the renderings before it.
      for (const waiter of batch) waiter.resolve(view);
      published = { view, publish };
      this.publishNewest(key, queue, published);
    }
    queue.running = false;
    this.queues.delete(key);
    this.log?.debug({ card: key }, "shared card settled");
  }

  /** Waits until the publishing is done (true) or someone new waits (false: their rendering comes first). */
  private async publishedOrWoken(queue: Queue): Promise<boolean> {
    if (queue.publishing === undefined) return queue.waiting.length === 0;
    const woken = new Promise<void>((resolve) => (queue.wake = resolve));
    await Promise.race([queue.publishing, woken]);
    queue.wake = undefined;
    return queue.publishing === undefined && queue.waiting.length === 0;
  }

  private publishNewest(key: string, queue: Queue, publication: Publication): void {
    queue.unpublished = publication;
    queue.publishing ??= (async () => {
      for (let next = queue.unpublished; next; next = queue.unpublished) {
        queue.unpublished = undefined;
        try {
          await next.publish(next.view);
        } catch (error) {
          this.log?.warn({ err: error, card: key }, "could not publish a shared card");
        }
      }
      queue.publishing = undefined;
    })();
  }

  /**
   * Once nobody here waits: renders again and republishes until the card shows what storage
   * holds, or until someone waits again (their rendering comes next). Best effort: the changes
   * are saved and published once; a failure here is left to the next change.
   */
  private async settle(key: string, queue: Queue, render: () => Promise<unknown>, published: Publication): Promise<void> {
    let view = published.view;
    try {
      while (queue.waiting.length === 0) {
        const again = await render();
        if (JSON.stringify(again) === JSON.stringify(view)) return;
        this.publishNewest(key, queue, { view: again, publish: published.publish });
        if (!(await this.publishedOrWoken(queue))) return;
        view = again;
      }
    } catch (error) {
      this.log?.warn({ err: error, card: key }, "could not re-render a shared card after publishing it");
    }
  }
}
