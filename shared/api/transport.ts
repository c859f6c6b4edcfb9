import type { Result } from './errors';
import type { StudioEvent } from './contract';

/** The one thing every transport (IPC, HTTP, in-process) provides; the typed client is built on it. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to change events; returns an unsubscribe function. */
  onEvent(listener: (event: StudioEvent) => void): () => void;
  /**
   * Called each time the event stream (re)connects — the browser host's SSE after the host restarted. Events sent
   * while it was down are lost, so a listener re-reads what it shows. IPC never disconnects and leaves this out.
   */
  onConnected?(listener: () => void): () => void;
}

/** The object the Electron preload exposes as `window.studio`. */
export type StudioBridge = Transport;
