import { describe, expect, it } from 'vitest';
import {
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  forwardEvents,
  registerIpc,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { APP_ORIGIN, isTrustedSender, type FrameLike } from '../../../electron/main/sender';
import { fakeBackend } from './fake-backend';

type Handler = (event: { senderFrame: FrameLike | null }, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error('second handler for ' + channel);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const invoke = (frame: FrameLike | null, ...args: unknown[]) =>
    Promise.resolve(handlers.get(INVOKE_CHANNEL)!({ senderFrame: frame }, ...args));
  return { ipc, handlers, invoke };
}

const appFrame: FrameLike = { url: APP_ORIGIN + '/index.html?workshop=w1', parent: null };
const trusted = (f: FrameLike | null) => isTrustedSender(f, APP_ORIGIN);

describe('registerIpc', () => {
  it('dispatches a valid call from the app frame', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    registerIpc(ipc, backend, trusted);
    const r = await invoke(appFrame, 'library.list', {});
    expect(r).toEqual({ ok: true, value: { method: 'library.list', input: {} } });
    expect(backend.calls).toHaveLength(1);
  });

  it.each([
    ['another site', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a sub-frame of the app', { url: APP_ORIGIN + '/index.html', parent: {} }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a look-alike host', { url: 'app://lapimurto.evil/index.html', parent: null }],
  ])('rejects %s without reaching the backend', async (_name, frame) => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    registerIpc(ipc, backend, trusted);
    const r = (await invoke(frame as FrameLike, 'library.list', {})) as {
      ok: boolean;
      error: { code: string; detail: string };
    };
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('invalidInput');
    expect(r.error.detail).toMatch(/untrusted/);
    expect(backend.calls).toHaveLength(0);
  });

  it('rejects a missing (destroyed) frame', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    registerIpc(ipc, backend, trusted);
    const r = (await invoke(null, 'library.list', {})) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(backend.calls).toHaveLength(0);
  });

  it('returns invalidInput for a non-string method', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    registerIpc(ipc, backend, trusted);
    for (const bad of [42, null, undefined, { toString: () => 'library.list' }, ['library.list']]) {
      const r = (await invoke(appFrame, bad, {})) as { ok: boolean; error: { code: string; key: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'invalidInput', key: 'errors.code.invalidInput' } });
    }
    expect(backend.calls).toHaveLength(0);
  });

  it('returns unknownMethod for a name outside the contract', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    registerIpc(ipc, backend, trusted);
    for (const bad of ['nope.nothing', '__proto__', 'constructor', 'toString']) {
      const r = (await invoke(appFrame, bad, {})) as { ok: boolean; error: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
    }
    expect(backend.calls).toHaveLength(0);
  });

  it('turns a throwing backend into an internal error Result', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const backend = fakeBackend();
    backend.dispatch = async () => {
      throw new Error('disk on fire');
    };
    registerIpc(ipc, backend, trusted);
    const r = await invoke(appFrame, 'library.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', detail: 'disk on fire' } });
  });

  it('passes {} when input is missing and unregisters cleanly', async () => {
    const { ipc, invoke, handlers } = fakeIpcMain();
    const backend = fakeBackend();
    const off = registerIpc(ipc, backend, trusted);
    await invoke(appFrame, 'settings.get');
    expect(backend.calls[0]!.input).toEqual({});
    off();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends every backend event to every live window and stops on unsubscribe', () => {
    const backend = fakeBackend();
    const sent: { id: number; channel: string; payload: unknown }[] = [];
    const target = (id: number, destroyed = false) => ({
      isDestroyed: () => destroyed,
      send: (channel: string, payload: unknown) => sent.push({ id, channel, payload }),
    });
    const throwing = {
      isDestroyed: () => false,
      send: () => {
        throw new Error('closing');
      },
    };
    const off = forwardEvents(backend, () => [target(1), target(2, true), throwing, target(3)]);
    backend.emit({ type: 'library.changed' });
    expect(sent).toEqual([
      { id: 1, channel: EVENT_CHANNEL, payload: { type: 'library.changed' } },
      { id: 3, channel: EVENT_CHANNEL, payload: { type: 'library.changed' } },
    ]);
    off();
    expect(backend.listenerCount()).toBe(0);
    backend.emit({ type: 'settings.changed' });
    expect(sent).toHaveLength(2);
  });
});
