import type { StudioEvent } from '../../shared/api/contract';
import type { Backend } from '../backend/types';
import { EVENT_CHANNEL, type EventTarget } from './ipc';

/** A window as the handshake sees it (BrowserWindow, or a fake in tests). */
export interface FlushWindow {
  webContents: EventTarget;
  isDestroyed(): boolean;
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'query-session-end' | 'session-end', listener: () => void): unknown;
}

export interface AppLike {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export interface Flusher {
  /** Asks each window to save its typed text and waits for every answer, or `timeoutMs`. Resolves the windows that did not answer. */
  flush(windows: readonly FlushWindow[], reason: string): Promise<number>;
}

/**
 * The close handshake: main sends `flush.request` to a window over the event channel; the renderer saves every
 * pending field and calls `app.flushed` with the same id, which the backend announces as `flush.done`. A renderer
 * that is hung or already gone costs at most `timeoutMs`, and a log line says so.
 */
export function createFlusher(deps: {
  backend: Pick<Backend, 'onEvent'>;
  log: (line: string) => void;
  timeoutMs?: number;
  newId?: () => string;
  now?: () => number;
}): Flusher {
  const timeoutMs = deps.timeoutMs ?? 3000;
  const now = deps.now ?? Date.now;
  let seq = 0;
  const newId = deps.newId ?? (() => `flush-${process.pid}-${++seq}`);
  const waiting = new Map<string, () => void>();
  deps.backend.onEvent((e: StudioEvent) => {
    if (e.type === 'flush.done') waiting.get(e.requestId)?.();
  });

  function ask(win: FlushWindow): Promise<boolean> {
    if (win.isDestroyed() || win.webContents.isDestroyed()) return Promise.resolve(true);
    const requestId = newId();
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), timeoutMs);
      function done(answered: boolean) {
        clearTimeout(timer);
        waiting.delete(requestId);
        resolve(answered);
      }
      waiting.set(requestId, () => done(true));
      try {
        win.webContents.send(EVENT_CHANNEL, { type: 'flush.request', requestId } satisfies StudioEvent);
      } catch {
        done(true); // closing under us: nothing left to ask
      }
    });
  }

  return {
    async flush(windows, reason) {
      const started = now();
      const answers = await Promise.all(windows.map(ask));
      const missed = answers.filter((a) => !a).length;
      const ms = now() - started;
      if (missed > 0)
        deps.log(
          `flush (${reason}): ${missed} of ${windows.length} window(s) did not answer within ${timeoutMs} ms; closing anyway`,
        );
      else deps.log(`flush (${reason}): ${windows.length} window(s) saved in ${ms} ms`);
      return missed;
    },
  };
}

/** Shared between the guards: once everything was flushed for quitting, windows close without asking again. */
export interface ClosingState {
  quitting: boolean;
}

/** A window's close waits for its typed text to be saved (or the timeout), then closes for real. */
export function guardWindowClose(
  win: FlushWindow,
  flusher: Flusher,
  state: ClosingState,
  all: () => readonly FlushWindow[],
): void {
  let allowed = false;
  let running = false;
  win.on('close', (event) => {
    if (allowed || state.quitting) return;
    event.preventDefault();
    if (running) return;
    running = true;
    void flusher.flush([win], 'close').then(() => {
      allowed = true;
      if (!win.isDestroyed()) win.close();
    });
  });
  // Windows' shutdown: the system gives a few seconds and does not wait for promises; start saving at once.
  const onSessionEnd = () => void flusher.flush(all(), 'session-end');
  win.on('query-session-end', onSessionEnd);
  win.on('session-end', onSessionEnd);
}

/** Quitting (menu, Cmd+Q, last window) waits once for every window's typed text, then quits. */
export function guardQuit(
  app: AppLike,
  flusher: Flusher,
  state: ClosingState,
  all: () => readonly FlushWindow[],
): void {
  let running = false;
  app.on('before-quit', (event) => {
    if (state.quitting) return;
    event.preventDefault();
    if (running) return;
    running = true;
    void flusher.flush(all(), 'quit').then(() => {
      state.quitting = true;
      app.quit();
    });
  });
}
