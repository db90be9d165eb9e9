/**
 * Retries `check` until it passes: for what the bot finishes after its answer (a shared card
 * rendered again for everyone). Not a timing assertion: `withinMs` is only how long to keep
 * trying before reporting the last failure.
 */
export async function eventually<T>(check: () => T | Promise<T>, withinMs = 10_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
