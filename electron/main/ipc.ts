import { isMethod, type StudioEvent } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import type { Backend } from '../backend/types';
import type { FrameLike } from './sender';

export const INVOKE_CHANNEL = 'studio:invoke';
export const EVENT_CHANNEL = 'studio:event';

/** The slice of Electron's `ipcMain` used here (tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The slice of `webContents` that events are sent to. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

function invalid(code: 'invalidInput' | 'unknownMethod', detail: string): Result<never> {
  return { ok: false, error: { code, key: `errors.code.${code}`, detail } };
}

/**
 * `studio:invoke` → sender check → `backend.dispatch`. Every answer is a Result: an untrusted sender, a non-string or
 * unknown method get a typed error and never reach the backend.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  backend: Pick<Backend, 'dispatch'>,
  isTrusted: (frame: FrameLike | null) => boolean,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method, input) => {
    if (!isTrusted(event.senderFrame)) return invalid('invalidInput', 'untrusted sender');
    if (typeof method !== 'string') return invalid('invalidInput', 'method must be a string');
    if (!isMethod(method)) return invalid('unknownMethod', `unknown method ${method.slice(0, 100)}`);
    try {
      return await backend.dispatch(method, input === undefined ? {} : input);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', key: 'errors.code.internal', detail } } satisfies Result<never>;
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends every backend event to every live window; returns the unsubscribe function. */
export function forwardEvents(backend: Pick<Backend, 'onEvent'>, targets: () => readonly EventTarget[]): () => void {
  return backend.onEvent((event: StudioEvent) => broadcast(targets(), event));
}

export function broadcast(targets: readonly EventTarget[], event: StudioEvent): void {
  for (const t of targets) {
    if (t.isDestroyed()) continue;
    try {
      t.send(EVENT_CHANNEL, event);
    } catch {
      // A window closing between the check and the send; the others still get the event.
    }
  }
}
