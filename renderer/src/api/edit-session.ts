/**
 * The field edit a save belongs to. A text field runs its save inside `collectSaves(key, …)`; every data call
 * started synchronously inside (directly, or queued by a board's command chain) carries the key, so the backend
 * merges a sentence typed in one go into one undo step, and registers its promise, so the field learns when the
 * backend has acknowledged the text (or refused it) without each caller having to pass promises around.
 */
interface Collector {
  key: string;
  acks: Promise<unknown>[];
}

let current: Collector | null = null;

/** The key of the field edit whose save is running right now, if any. */
export function currentEditKey(): string | null {
  return current?.key ?? null;
}

/** Registers one acknowledgement (a promise that rejects when the backend refuses) with the running save. */
export function trackSave(ack: Promise<unknown>): void {
  if (!current) return;
  ack.catch(() => undefined); // the collector reports it; never an unhandled rejection
  current.acks.push(ack);
}

/** Runs `fn` as the save of field edit `key`; resolves when every call it started is acknowledged, rejects with the first failure. */
export async function collectSaves(key: string, fn: () => void): Promise<void> {
  const outer = current;
  const c: Collector = { key, acks: [] };
  current = c;
  try {
    fn();
  } finally {
    current = outer;
  }
  await Promise.all(c.acks);
}
