import type { Transport } from '../../../shared/api/transport';
import type { Result } from '../../../shared/api/errors';
import { StudioEvent } from '../../../shared/api/contract';

/** Browser host: `POST /api/<method>` for calls, server-sent events on `/api/events`. */
export function httpTransport(base = '/api'): Transport {
  const listeners = new Set<(e: StudioEvent) => void>();
  const connectedListeners = new Set<() => void>();
  let source: EventSource | null = null;

  function connect(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/events`);
    source.onopen = () => {
      for (const l of connectedListeners) l();
    };
    source.onmessage = (msg: MessageEvent<string>) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(msg.data);
      } catch {
        return;
      }
      const ev = StudioEvent.safeParse(parsed);
      if (!ev.success) return;
      for (const l of listeners) l(ev.data);
    };
  }

  return {
    async invoke(method, input): Promise<Result<unknown>> {
      let res: Response;
      try {
        res = await fetch(`${base}/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (e) {
        return { ok: false, error: { code: 'io', key: 'errors.network', detail: String(e) } };
      }
      try {
        return (await res.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', key: 'errors.code.internal', detail: `HTTP ${res.status}` } };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    onConnected(listener) {
      connectedListeners.add(listener);
      return () => {
        connectedListeners.delete(listener);
      };
    },
  };
}
