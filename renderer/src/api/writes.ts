/**
 * Every write to the workshop that has not settled yet: calls in flight and each open board's queue of optimistic
 * commands (queued ones are not sent yet, so counting calls alone would miss them). Undo waits for all of them, so
 * it never reverses an older edit while a newer one is still on its way, nor races the newer one's save.
 */
const running = new Set<Promise<unknown>>();

export function trackWrite(p: Promise<unknown>): void {
  running.add(p);
  const done = () => running.delete(p);
  p.then(done, done);
}

/** Resolves once every tracked write has settled, including writes started while waiting. */
export async function settleWrites(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}
