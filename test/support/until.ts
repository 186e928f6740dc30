/** Waiting for something a test cannot await directly, without betting on how long it takes. */

/**
 * Polls until `done()` holds, every 20 ms, for up to `withinMs` (generous: a busy machine is
 * slow, and a condition that holds at once costs nothing); throws when it never does.
 */
export async function until(done: () => boolean, withinMs = 20_000): Promise<void> {
  const giveUp = performance.now() + withinMs;
  while (!done()) {
    if (performance.now() > giveUp) throw new Error(`the condition did not hold within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
