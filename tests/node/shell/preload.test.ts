import { beforeEach, describe, expect, it, vi } from 'vitest';

// The preload runs against a fake 'electron' module: what it exposes, and on which channels it talks.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoked: unknown[][] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: 'from-main' };
    },
    on: (channel: string, l: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    },
    removeListener: (channel: string, l: (...args: unknown[]) => void) => listeners.get(channel)?.delete(l),
  },
}));

type Bridge = { invoke(m: unknown, i?: unknown): Promise<unknown>; onEvent(cb: unknown): () => void };

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    invoked.length = 0;
    vi.resetModules();
    await import('../../../electron/preload/index');
  });

  it('exposes only window.studio with invoke and onEvent', () => {
    expect([...exposed.keys()]).toEqual(['studio']);
    expect(Object.keys(exposed.get('studio') as object).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('invokes on studio:invoke and refuses junk method names locally', async () => {
    const studio = exposed.get('studio') as Bridge;
    expect(await studio.invoke('library.list', {})).toEqual({ ok: true, value: 'from-main' });
    expect(invoked).toEqual([['studio:invoke', 'library.list', {}]]);
    expect(await studio.invoke(42, {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await studio.invoke('x; rm -rf', {})).toMatchObject({ ok: false });
    expect(invoked).toHaveLength(1);
  });

  it('delivers studio:event payloads without the IpcRendererEvent and unsubscribes', () => {
    const studio = exposed.get('studio') as Bridge;
    const got: unknown[][] = [];
    const off = studio.onEvent((...args: unknown[]) => got.push(args));
    const fakeIpcEvent = { sender: { send: () => 'ipcRenderer!' } };
    for (const l of listeners.get('studio:event') ?? []) l(fakeIpcEvent, { type: 'library.changed' });
    expect(got).toEqual([[{ type: 'library.changed' }]]);
    off();
    expect(listeners.get('studio:event')?.size ?? 0).toBe(0);
    expect(() => studio.onEvent('not a function')).toThrow(TypeError);
  });
});
