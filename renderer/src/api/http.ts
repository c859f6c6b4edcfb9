import type { Transport } from '../../../shared/api/transport';
import type { Result } from '../../../shared/api/errors';
import type { StudioEvent } from '../../../shared/api/contract';

type Validate = (data: unknown) => StudioEvent | null;

/** The event schema lives in the zod contract, which the start does not load: it is fetched on demand. */
async function loadValidator(): Promise<Validate> {
  const { StudioEvent: schema } = await import('../../../shared/api/contract');
  return (data) => {
    const ev = schema.safeParse(data);
    return ev.success ? ev.data : null;
  };
}

/** Browser host: `POST /api/<method>` for calls, server-sent events on `/api/events`. */
export function httpTransport(base = '/api'): Transport {
  const listeners = new Set<(e: StudioEvent) => void>();
  const connectedListeners = new Set<() => void>();
  let source: EventSource | null = null;
  let validator: Promise<void> | undefined;
  let validate: Validate | undefined;
  const pending: unknown[] = [];

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
      if (validate) deliver(validate, parsed);
      else {
        pending.push(parsed);
        loadSchema();
      }
    };
  }

  // The schema loads with the first event (not at connect, where it would compete with the first screen). Events that
  // arrive before it are held, then validated and delivered in order. If it cannot load, nothing is delivered
  // unchecked: the held events are dropped (as invalid ones are) and the next event tries again.
  function loadSchema(): void {
    validator ??= loadValidator().then(
      (v) => {
        validate = v;
        for (const data of pending.splice(0)) deliver(v, data);
      },
      () => {
        validator = undefined;
        pending.length = 0;
      },
    );
  }

  function deliver(v: Validate, data: unknown): void {
    const ev = v(data);
    if (!ev) return;
    for (const l of listeners) l(ev);
  }

  // While the page unloads (reload, tab closed) the last saves must outlive it: `keepalive`, which the browser
  // allows for small bodies only (64 kB in flight), so it is used only then.
  let leaving = false;
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => (leaving = true));
    window.addEventListener('pageshow', () => (leaving = false));
  }

  return {
    async invoke(method, input): Promise<Result<unknown>> {
      let res: Response;
      try {
        const body = JSON.stringify(input ?? {});
        res = await fetch(`${base}/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          keepalive: leaving && body.length < 60_000,
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
