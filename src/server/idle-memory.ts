import type { Logger } from "../logging/logger";

/** How often the process looks whether it is quiet after a busy spell. */
const CHECK_EVERY_MS = 10_000;
/** Quiet this long (no request running or ended) before memory is given back. */
const QUIET_FOR_MS = 10_000;
/** Resident memory grown by at least this much since the last collection: a burst worth giving back. */
const GROWN_BY_BYTES = 64 * 1024 * 1024;

export interface IdleMemoryOptions {
  /** A full collection that returns free pages to the system (see `givingPagesBack`); undefined without `--expose-gc`. */
  collect: (() => void) | undefined;
  /** The process's resident memory in bytes (`process.memoryUsage.rss`). */
  rss: () => number;
  idleForMs: () => number;
  log: Logger;
}

/**
 * Gives memory back after a burst. V8 keeps the pages a burst's garbage took: after a joint meeting
 * the heap may hold 130 MiB of live objects in 450 MiB of resident pages, for as long as the process
 * runs. When the process has been quiet for a while and its resident memory grew since the last
 * collection, one last-resort collection runs (`givingPagesBack`): a pause of tens to a few hundred
 * milliseconds when nobody is waiting. Without `--expose-gc` it does nothing.
 */
export function collectWhenIdle(options: IdleMemoryOptions): { check(): void; stop(): void } {
  // The first quiet spell also gives back what starting up took (compiling, loading modules).
  let baseline = 0;
  const check = (): void => {
    if (!options.collect || options.idleForMs() < QUIET_FOR_MS) return;
    const before = options.rss();
    if (before - baseline < GROWN_BY_BYTES) return;
    const started = performance.now();
    options.collect();
    const pauseMs = Math.round(performance.now() - started);
    baseline = options.rss();
    options.log.info({ rssBeforeMiB: mib(before), rssAfterMiB: mib(baseline), pauseMs }, "memory given back after a busy spell");
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

/**
 * The collection that gives pages back. A regular full collection (`gc()`) frees the objects but V8
 * keeps their pages for reuse, so resident memory stays where the burst left it; the last-resort
 * flavour (what V8 runs before giving up on an allocation) also releases the pooled pages: measured
 * 517 → 24 MiB of anonymous memory after freeing 450 MiB of objects, against 517 → 483 with `gc()`.
 */
export function givingPagesBack(gc: NodeJS.GCFunction | undefined): (() => void) | undefined {
  return gc ? () => void gc({ type: "major", execution: "sync", flavor: "last-resort" }) : undefined;
}

const mib = (bytes: number): number => Math.round(bytes / (1024 * 1024));
