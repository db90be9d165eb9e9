/**
 * Runs `work` every `intervalMs` on this instance, one run at a time: a tick while the previous run
 * is under way is skipped, and a failed run is logged and tried again at the next tick.
 */
export abstract class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  protected abstract work(): Promise<void>;
  protected abstract failed(error: unknown): void;

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.work()
        .catch((error: unknown) => this.failed(error))
        .finally(() => (this.running = undefined));
    }
    return this.running;
  }
}
